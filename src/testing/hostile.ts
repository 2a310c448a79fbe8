// A made-up article whose markup and text both carry script payloads. Each payload would set
// window.__pwned (or open a dialog) if it ever ran in the browser.
export const HOSTILE_FILE = 'harbour-pwn.html';

export const HOSTILE_HTML = `<!doctype html>
<html><head><title>Harbour board &lt;script&gt;window.__pwned=1&lt;/script&gt; approves dredging</title>
<meta property="og:site_name" content="&lt;img src=x onerror=window.__pwned=5&gt;Quay Gazette">
<link rel="canonical" href="javascript:window.__pwned='canonical'">
<meta property="og:url" content="javascript:window.__pwned='og'">
<script>window.__pwned = 'head'</script></head>
<body onload="window.__pwned='body'">
<article>
<h1>Harbour board <script>window.__pwned='h1'</script> approves dredging &lt;img src=x onerror="alert(1)"&gt;</h1>
<p>The harbour board of Brackwater voted on Tuesday to dredge the eastern channel, a project the board chair Odile Fenn called "overdue by a decade". <img src="x" onerror="window.__pwned='img'"></p>
<p>Critics wrote &lt;script&gt;window.__pwned=7&lt;/script&gt; on a banner and handed out leaflets reading javascript:window.__pwned=8 and "onerror=alert(9)".</p>
<p>Details are at <a href="javascript:window.__pwned='link'">the board's page</a>. The dredging will move 120,000 cubic metres of silt over two winters, according to the port engineer.</p>
<p>"We expect the first ships with deeper draught by spring," said Odile Fenn after the vote. <svg onload="window.__pwned='svg'"><circle r="1"></circle></svg></p>
</article></body></html>
`;

/** Strings that must reach the reader as visible text when they survive cleaning. */
export const HOSTILE_VISIBLE = ['<script>window.__pwned=7</script>', 'javascript:window.__pwned=8'];

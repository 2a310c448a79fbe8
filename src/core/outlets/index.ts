// Corpus-level outlet identity: one name per web host, decided once for every surface.
export { hostKey, outletIdentities, storiesWithOutlets, withIdentity, withOutletIdentity } from './identity.js';

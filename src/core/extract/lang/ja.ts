// Japanese news prose: foreign names are written in katakana, with the office or honorific after
// them ("サンチェス首相", "ハメネイ師", "タラバ副首相は"); quotes are in corner brackets, closed by a
// quotative particle (unspaced.ts).
import type { LanguageData } from './types.js';

export const ja: LanguageData = {
  suffixTitles: `
    氏 さん 師 首相 副首相 元首相 前首相 大統領 副大統領 元大統領 前大統領 国務長官 長官 報道官 外相
    国防相 内相 財務相 法相 議長 国王 女王 王子 皇太子 将軍 司令官 参謀長 大使 知事 市長 総裁
    委員長 事務総長 党首 議員 教授 博士 容疑者 被告 最高指導者 大主教 教皇 首長 監督 選手 大臣
    外務大臣 国防大臣 局長 社長 会長 広報官 補佐官`,
};

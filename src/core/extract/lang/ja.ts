// Japanese news prose: foreign names are written in katakana, with the office or honorific after
// them ("サンチェス首相", "ハメネイ師", "タラバ副首相は", "ケロール財務大臣"); quotes are in corner
// brackets, closed by a quotative particle (unspaced.ts). A mayor's or governor's title follows a
// city as often as a name, so it is not listed.
import type { LanguageData } from './types.js';

export const ja: LanguageData = {
  suffixTitles: `
    氏 さん 師 首相 大統領 長官 報道官 外相 国防相 内相 財務相 法相 議長 国王 女王 王子 皇太子
    将軍 司令官 参謀長 大使 総裁 委員長 事務総長 党首 議員 教授 博士 容疑者 被告 最高指導者
    大主教 教皇 法王 監督 選手 大臣 局長 社長 会長 広報官 補佐官 責任者`,
};

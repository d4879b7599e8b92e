import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, tn, type PluralKey, type TextKey } from '../../i18n';

/**
 * Discreet mode's words in the popup. On a shared device the popup may be seen over a shoulder: in discreet mode
 * it reads like a plain notes tool, so each telling word (the product's name, reflections, insights, pauses, the
 * site's name, replies) has a neutral stand-in: "Notes", "Entries", "Overview", "Moments", "Active on this page",
 * "Quiet here". The person's own entries show what they hold; the words around them give nothing away.
 */

/** Telling words and their neutral stand-ins (plain messages). */
export const neutralWords: Partial<Record<TextKey, TextKey>> = {
  'popup.siteRegion': 'popup.quiet.region',
  'popup.activeOn': 'popup.quiet.activeHere',
  'popup.pauseAgain': 'popup.quiet.onAgain',
  'popup.pauseLess': 'popup.quiet.less',
  'popup.pauseLessColon': 'popup.quiet.lessColon',
  'popup.markConversation': 'popup.quiet.mark',
  'popup.rest.colon': 'popup.quiet.restColon',
  'popup.rest.until': 'popup.quiet.restUntil',
  'popup.rest.on': 'popup.quiet.restOn',
  'popup.rest.resume': 'popup.quiet.resume',
  'popup.rest.back': 'popup.quiet.back',
  'welcome.popupNone': 'popup.quiet.noneChosen',
  'welcome.popupChoose': 'popup.quiet.choose',
  'popup.tab.reflections': 'popup.quiet.entries',
  'popup.tab.insights': 'popup.quiet.overview',
  'refl.search': 'popup.quiet.search',
  'refl.noMatch': 'popup.quiet.noMatch',
  'refl.loadFailed': 'popup.quiet.loadFailed',
  'refl.empty': 'popup.quiet.empty',
  'refl.noMatchTry': 'popup.quiet.noMatchTry',
  'refl.older': 'popup.quiet.older',
  'refl.deleted': 'popup.quiet.deleted',
  'laterList.empty': 'popup.quiet.laterEmpty',
  'ins.failed': 'popup.quiet.insFailed',
  'ins.empty': 'popup.quiet.insEmpty',
  'ins.tableCaption': 'popup.quiet.tableCaption',
  'ins.colPauses': 'popup.quiet.colMoments',
  'ins.colCheckIns': 'popup.quiet.colEntries',
  'ins.colLater': 'popup.quiet.colLater',
  'ins.mixReady': 'popup.quiet.mixReady',
  'unlock.locked': 'popup.quiet.locked',
  'unlock.forgotText': 'popup.quiet.forgotText',
  'choice.ready': 'popup.quiet.choiceReady',
  'choice.later': 'popup.quiet.choiceLater',
};

/** Telling words and their neutral stand-ins (messages with plural forms). */
export const neutralPlurals: Partial<Record<PluralKey, PluralKey>> = {
  'refl.found': 'popup.quiet.found',
  'ins.pauses': 'popup.quiet.moments',
  'ins.later': 'popup.quiet.setAside',
  'ins.checkIns': 'popup.quiet.entryCount',
};

/** Whether the popup speaks discreetly (discreet mode is on). */
export const DiscreetWords = createContext(false);

/** The popup's words: `w` and `wn` answer as t and tn do, with the neutral stand-in in discreet mode. */
export interface Words {
  w: (key: TextKey, params?: Record<string, string | number>) => string;
  wn: (key: PluralKey, count: number, params?: Record<string, string | number>) => string;
  discreet: boolean;
}

/** The popup's words for a discreet (or not) popup, outside a component. */
export function wordsFor(discreet: boolean): Words {
  return {
    w: (key, params) => t((discreet && neutralWords[key]) || key, params),
    wn: (key, count, params) => tn((discreet && neutralPlurals[key]) || key, count, params),
    discreet,
  };
}

/** The popup's words, as the nearest DiscreetWords provider says. */
export function useWords(): Words {
  return wordsFor(useContext(DiscreetWords));
}

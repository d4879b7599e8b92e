import type { Locale } from '../../lib/i18n';
import { bannedWords } from './nudges.test';

/** Alternatives matched as whole words (letters on neither side), case-insensitive, accents as written. */
export const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(${alternatives})(?![\\p{L}])`, 'iu');

/**
 * The copy test, in each language: the guilt, pressure and command words Unhurried never says. Matched as whole
 * words (letters on neither side), case and accents as written.
 */
export const banned: Record<Locale, RegExp> = {
  en: bannedWords,
  es: word(
    'debes|deberías|debería|deberías|debe|tienes que|tiene que|hay que|necesitas|olvid\\p{L}*|prisa|date prisa|apúrate|apresúrate|fracas\\p{L}*|fallaste|fallo|racha\\p{L}*|atrasad\\p{L}*|vencid\\p{L}*|perezos\\p{L}*|inmediatamente|puntuaci\\p{L}*|obligatori\\p{L}*',
  ),
  fr: word(
    'dois|doit|devez|devriez|devrais|devrait|il faut|faut|oubli\\p{L}*|dépêche\\p{L}*|pressez|échec\\p{L}*|échou\\p{L}*|série\\p{L}*|en retard|retard\\p{L}*|paresse\\p{L}*|paresseu\\p{L}*|immédiatement|score\\p{L}*|obligatoire',
  ),
  de: word(
    'musst|müsst|müssen|muss|solltest|sollst|sollte|vergiss\\p{L}*|vergessen|beeil\\p{L}*|versag\\p{L}*|scheitern|gescheitert|serie|strähne|überfällig|faul|sofort|unverzüglich|punktzahl|punktestand|pflicht',
  ),
  pt: word(
    'deve|devia|deveria|deves|precisa|precisas|tem que|tem de|tens de|esque\\p{L}*|pressa|apresse\\p{L}*|falhou|falhaste|fracass\\p{L}*|sequência\\p{L}*|atrasad\\p{L}*|preguiç\\p{L}*|imediatamente|pontuaç\\p{L}*|obrigatóri\\p{L}*',
  ),
};

/**
 * Second-guessing, in each language: the words that doubt the person's own reading, excuse the other person, or
 * make the person the problem ("maybe they're just tired", "a bad day", "are you sure?", "you overreact", "too
 * sensitive", "it's not that bad"). For someone who was gaslit, that is the old wound: Unhurried never says it.
 */
export const secondGuessing: Record<Locale, RegExp> = {
  en: word(
    "maybe (?:they|he|she)(?:'re|’re| are|'s|’s| is) just|(?:they|he|she)(?:'re|’re| are|'s|’s| is) just (?:tired|busy|stressed|joking)|(?:they|he|she)(?:'re|’re| are|'s|’s| is| may be| might be| could be| must be) (?:just |probably |only )?(?:tired|busy|stressed|distracted|exhausted)|about their day|bad day|rough day|are you sure|over-?react\\p{L}*|too sensitive|oversensitive|(?:it's|it’s|it is) not that bad|not a big deal|(?:you're|you’re|you are) imagining|imagining things|calm down|benefit of the doubt|kinder reading|kinder or more neutral|one guess|read too much into",
  ),
  es: word(
    'mal día|día malo|(?:¿\\s*)?estás segur\\p{L}*|exager\\p{L}*|demasiado sensible|no es para tanto|no es tan grave|te lo (?:estás )?imagin\\p{L}*|imaginas cosas|cálmate|tranquilízate|beneficio de la duda|lectura más amable|más amable o más neutral|es una suposición|esté cansad\\p{L}*|(?:solo )?(?:está|estaba) cansad\\p{L}*|más de su día',
  ),
  fr: word(
    'mauvaise journée|mauvais jour|(?:êtes|es)[- ]vous sûr\\p{L}*|vous êtes sûr\\p{L}*|exagér\\p{L}*|trop sensible|pas si grave|vous imaginez des choses|calmez-vous|bénéfice du doute|lecture plus douce|plus douce ou plus neutre|est une hypothèse|(?:juste|peut-être) fatigué\\p{L}*|sur sa journée',
  ),
  de: word(
    'schlecht\\p{L}* tag\\p{L}*|mies\\p{L}* tag\\p{L}*|bist du sicher|übertreib\\p{L}*|überreagier\\p{L}*|zu empfindlich|überempfindlich|(?:ist )?nicht so schlimm|bildest (?:du )?dir|beruhig dich|im zweifel für|freundlichere lesart|freundlichere oder neutralere|ist eine vermutung|(?:nur|vielleicht) müde|über (?:ihren|seinen) tag',
  ),
  pt: word(
    'dia ruim|dia mau|(?:você )?tem certeza|exager\\p{L}*|sensível demais|muito sensível|não é (?:tão ruim|para tanto|tão grave)|está imaginando|imaginando coisas|se acalme|acalme-se|benefício da dúvida|leitura mais gentil|mais gentil ou mais neutro|é um palpite|(?:só )?(?:está|estava|esteja) cansad\\p{L}*|sobre o dia (?:dela|dele)',
  ),
};

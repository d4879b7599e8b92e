/** The seven kinds of nudge, each from an approach that helps rebuild trust. */
export const nudgeKinds = ['breathe', 'body', 'safe-place', 'other-minds', 'parts', 'consent', 'micro-trust'] as const;
/** One kind of nudge. */
export type NudgeKind = (typeof nudgeKinds)[number];

/** A built-in kind, or the person's own nudges. */
export type AnyNudgeKind = NudgeKind | 'own';

/** One grounding nudge: short, second person, invitational. */
export interface Nudge {
  id: string;
  kind: AnyNudgeKind;
  text: string;
  /** A gentle question the check-in can offer afterwards. */
  followUp?: string;
}

/** Display names of the kinds. */
export const kindNames: Record<AnyNudgeKind, string> = {
  breathe: 'Breathe',
  body: 'Body',
  'safe-place': 'Safe place',
  'other-minds': 'Other minds',
  parts: 'Parts',
  consent: 'Consent',
  'micro-trust': 'Micro-trust',
  own: 'Your own words',
};

const n = (id: string, kind: NudgeKind, text: string, followUp?: string): Nudge & { kind: NudgeKind } =>
  followUp ? { id, kind, text, followUp } : { id, kind, text };

/** The built-in nudges. Written for Unhurried; ids are stable (reflections refer to them). */
export const builtInNudges: ReadonlyArray<Nudge & { kind: NudgeKind }> = [
  // Breathe: co-regulation, a slower breath out than in.
  n('breathe-circle', 'breathe', 'If you like, breathe with the circle for a few rounds, letting each breath out last a little longer than the one in.'),
  n('breathe-balloon', 'breathe', 'Let your next breath out be slow, like air leaving a balloon. There is time for this.'),
  n('breathe-hand', 'breathe', 'If you like, rest a hand on your chest and feel it rise and fall for three breaths.'),
  n('breathe-sigh', 'breathe', 'You could try a soft sigh: in through the nose, one more small sip of air, then a long, easy breath out.'),
  n('breathe-count', 'breathe', 'Breathe in while you count to four and out while you count to six. Your body can set the pace.'),
  n('breathe-borrow', 'breathe', 'Imagine breathing beside someone calm and kind. Their slow rhythm is yours to borrow for a moment.', 'What did that calmer rhythm feel like?'),
  // Body: somatic grounding.
  n('body-feet', 'body', 'Notice your feet. Press them gently into the floor and feel it holding you up.'),
  n('body-shoulders', 'body', 'Let your shoulders drop a little, if they want to. Notice what changes in your neck.'),
  n('body-jaw', 'body', 'Check in with your jaw. If it is tight, you are welcome to let it soften.'),
  n('body-chair', 'body', 'Feel where the chair holds you: your back, your legs. Right now, you are supported.'),
  n('body-hands', 'body', 'Look at your hands for a moment. Open and close them slowly and notice how they feel.'),
  n('body-skin', 'body', 'Notice one thing your skin can feel right now: the air, your sleeves, something warm or cool.'),
  n('body-where', 'body', 'Where in your body do you feel this message? You can simply notice it, without changing anything.', 'What did you notice there?'),
  // Safe place: resourcing.
  n('safe-picture', 'safe-place', 'Picture a place where you feel steady. Notice its colours, its sounds, the light there.'),
  n('safe-person', 'safe-place', 'Bring to mind someone who makes you feel safe, real or imagined. What might they say to you now?', 'What would that steady person say?'),
  n('safe-protector', 'safe-place', 'Imagine a calm, strong protector standing beside you while you read this.'),
  n('safe-object', 'safe-place', 'Is there something comforting near you, like a mug, a blanket or a plant? Let your eyes rest on it.'),
  n('safe-memory', 'safe-place', 'Recall a moment when you felt at ease. Stay with it for a breath or two.'),
  n('safe-room', 'safe-place', 'Look around and name three things you can see. You are here, in this room, today.'),
  // Other minds: mentalization.
  n('other-else', 'other-minds', 'What else could be going on here, for them and for you?', 'What else could be going on?'),
  n('other-guess', 'other-minds', 'Your first reading of this message is one guess. Is there another one, kinder or more neutral?'),
  n('other-day', 'other-minds', 'They may be tired, busy or distracted. Their words might say more about their day than about you.'),
  n('other-under', 'other-minds', 'What might you be feeling underneath the first reaction? Give it a name, if one comes.', 'What is underneath?'),
  n('other-friend', 'other-minds', 'If a friend showed you this message, what would you notice about it?'),
  n('other-unknown', 'other-minds', 'It is okay not to know what they meant. You can ask, or wait and see.'),
  // Parts: Internal Family Systems.
  n('parts-which', 'parts', 'Which part of you wants to answer right now? What is it hoping for?', 'What is that part hoping for?'),
  n('parts-protect', 'parts', 'Maybe a part of you is trying to keep you safe by replying fast. You can thank it and take a breath.'),
  n('parts-all', 'parts', 'Different parts of you may want different things here. All of them are welcome.'),
  n('parts-younger', 'parts', 'If a younger part of you is feeling this message, what might help it feel a little safer?'),
  n('parts-ask', 'parts', 'You could ask the part of you that feels most stirred up what it would like from you.', 'What would it like?'),
  n('parts-curious', 'parts', 'See if you can meet this feeling with curiosity, the way you would listen to a good friend.'),
  // Consent: boundaries.
  n('consent-yes', 'consent', 'Is this a yes you mean? "No" and "not yet" are whole answers too.'),
  n('consent-short', 'consent', 'A short, kind reply can be enough. You do not owe a long explanation.'),
  n('consent-time', 'consent', 'You can take your time. A reply can wait while you find out what you want.'),
  n('consent-change', 'consent', 'You are allowed to change your mind, even after saying yes.'),
  n('consent-respected', 'consent', 'What would you say if you knew your answer would be respected?', 'What would you say?'),
  n('consent-limit', 'consent', 'Notice whether there is a limit you would like to name. Your limits are welcome here.'),
  // Micro-trust: small moments count.
  n('micro-later', 'micro-trust', 'Replying later is allowed. You can come back to this conversation whenever you are ready.'),
  n('micro-good', 'micro-trust', 'Is there a small good moment for you in this exchange? It counts.', 'What was the good moment?'),
  n('micro-calm', 'micro-trust', 'If you notice a calm feeling, you are welcome to stay in it a little longer.'),
  n('micro-practice', 'micro-trust', 'Each pause is a small way of trusting yourself. That is worth noticing.'),
  n('micro-pace', 'micro-trust', 'You get to set the pace of this conversation.'),
  n('micro-kind', 'micro-trust', 'If this message is kind, you can let a little of that kindness in.'),
];


const byId = new Map(builtInNudges.map((x) => [x.id, x]));
/** A built-in nudge by id. */
export function nudgeById(id: string): Nudge | undefined {
  return byId.get(id);
}

import type { CrisisKind } from '../screening/types.ts';

/**
 * The words on the crisis card, by kind of crisis. They speak to her directly, never scold,
 * and never suggest she did something wrong by writing it: disclosure is what we want.
 * Intrusive thoughts get calm, informed words (they are common and usually not intent);
 * the others point to urgent help first. Helpline numbers are not written here: the card lists
 * them from the helplines and the directory (resources marked for the kind of crisis), so a
 * number is kept in one place.
 */
export const crisisCopy: Record<CrisisKind, { heading: string; message: string }> = {
  suicide_self_harm: {
    heading: 'Thank you for telling us. You deserve support right now.',
    message:
      "It sounds like things are incredibly hard. You don't have to get through this on your own. " +
      'If you might act on these thoughts, or have already hurt yourself, call 999 now. ' +
      'Otherwise, please talk to someone today: the people below are there day and night. ' +
      'A moderator will read your post soon.',
  },
  intrusive_thoughts: {
    heading: "Frightening thoughts like these are more common than you'd think.",
    message:
      'Many new parents have sudden, unwanted thoughts about harm coming to their baby. ' +
      "Having them, and being upset by them, doesn't mean you will act on them. " +
      'They can be treated, and talking helps: your GP, health visitor or midwife will have heard this before. ' +
      'If you feel you might act on them, call 999 or NHS 111 (option 2) now. A moderator will read your post soon.',
  },
  danger_to_baby: {
    heading: 'Please get help now, for you and your baby.',
    message:
      "If your baby is in danger or you feel you can't keep them safe, put them somewhere safe, like their cot, " +
      "and call 999. If you can, ask someone you trust to come and be with you. You're not alone and help is available " +
      'right now. A moderator will read your post soon.',
  },
  danger_from_other: {
    heading: "You don't deserve to be hurt. Your safety matters.",
    message:
      'If you are in danger now, call 999. If you cannot speak, call 999 and press 55 when asked. ' +
      'The National Domestic Abuse Helpline, below, is free and open day and night. ' +
      'A moderator will read your post soon. Only moderators can see it until then.',
  },
  psychosis: {
    heading: 'What you are going through needs urgent care, and it can be treated.',
    message:
      'Seeing or hearing things others do not, or feeling that something is badly wrong with your baby or the world, ' +
      'can happen after birth. It is a medical emergency but it gets better with help. Please call NHS 111 (option 2) ' +
      'or 999 now, or ask someone with you to call. A moderator will read your post soon.',
  },
};

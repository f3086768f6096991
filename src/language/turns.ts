/**
 * The words of contrast that start a new piece of a message in the languages the bot reads
 * («…ma stasera…», «…pero ahora…», «…but…», «…dar…», «…але…»), as a regular expression's
 * alternation: what a negation, a figure of speech or a past says speaks of its own piece.
 * Not «tranne», «except»: they refuse what follows them, and belong to the piece they are in.
 */
export const TURN_WORDS = "ma|però|pero|but|mais|dar|але|но|ngunit|لكن";

package com.mindmusclecoach.progress;

import java.util.regex.Pattern;

/**
 * Who is training: the Alexa account, and the voice profile Alexa recognized on it, if any. Progress is kept per
 * trainee under one storage id: the account's own (nobody recognized) is the account id itself, exactly as every
 * item was keyed before people were told apart, so existing progress stays the account's without a rewrite; a
 * person's is {@code <account>#<person>}. The account's people are listed (see docs/STORAGE.md), so deleting the
 * account deletes every one of them.
 *
 * @param account the Alexa user id ({@code context.System.user.userId})
 * @param person  the recognized voice profile ({@code context.System.person.personId}); null when nobody was
 *                recognized
 */
public record Trainee(String account, String person) {

    /** Between account and person in a person's storage id; Alexa's ids never contain it. */
    public static final String SEPARATOR = "#";
    /** What Alexa's ids are made of; anything else is not taken as a person (nor written into SSML unescaped). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,512}");

    public Trainee {
        if (account == null || account.isBlank() || account.contains(SEPARATOR)) {
            throw new IllegalArgumentException("not an account id: " + account);
        }
        person = person == null || !ID.matcher(person).matches() ? null : person;
    }

    /** Whether {@code accountId} can key progress: Alexa's never contain {@link #SEPARATOR}, and one that does is refused. */
    public static boolean isAccountId(String accountId) {
        return accountId != null && !accountId.isBlank() && !accountId.contains(SEPARATOR);
    }

    /** Whether {@code personId} can be taken as a person at all (a blank or malformed one is nobody recognized). */
    public static boolean isPersonId(String personId) {
        return personId != null && ID.matcher(personId).matches();
    }

    public boolean isPerson() {
        return person != null;
    }

    /** The storage id of this trainee's progress. */
    public String id() {
        return person == null ? account : account + SEPARATOR + person;
    }

    /** The trainee a storage id names: the inverse of {@link #id()}. */
    public static Trainee of(String id) {
        int at = id.indexOf(SEPARATOR);
        return at < 0 ? new Trainee(id, null) : new Trainee(id.substring(0, at), id.substring(at + 1));
    }
}

package dev.cfnguard.internal.value;

import java.util.Comparator;

/**
 * Orders strings by code point, which is the byte order of their UTF-8 form: the order of the
 * reference's sorted sets and maps of strings. {@link String#compareTo} differs only for characters
 * beyond the Basic Multilingual Plane.
 */
public final class CodePointOrder implements Comparator<String> {

    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}

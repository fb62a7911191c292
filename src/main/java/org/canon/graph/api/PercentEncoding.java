package org.canon.graph.api;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict checks of percent-encoding ({@code application/x-www-form-urlencoded}, as in query strings): every
 * {@code %} followed by two hex digits, and the bytes they stand for valid UTF-8. Servlet containers either fail
 * on such input deep inside their parameter parsing (Tomcat, Jetty) or replace the bad bytes silently; checking
 * first lets both HTTP ports name the parameter in a 400 answer.
 */
public final class PercentEncoding {
    private PercentEncoding() {}

    /** The name (decoded if it can be, else as sent) of the first parameter of a raw query string that is not valid, if any. */
    public static Optional<String> malformedParameter(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (!isValid(pair)) {
                String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
                return Optional.of(lenient(name));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code encoded} is well-formed percent-encoding of UTF-8 text. */
    public static boolean isValid(String encoded) {
        try {
            // ISO-8859-1 maps each byte to one char and back, so this yields the bytes the escapes stand for
            byte[] bytes = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(String name) {
        return isValid(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : name;
    }
}

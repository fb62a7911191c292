package org.canon.graph.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.canon.graph.source.SourceFile;

/** A source file of a release, by the name it is reported under, and the SHA-256 of its bytes (hex). */
public record SourceChecksum(String name, String sha256) {

    public static SourceChecksum of(SourceFile file) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(file.open(), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name() + ": " + e.getMessage(), e);
        }
        return new SourceChecksum(file.name(), HexFormat.of().formatHex(sha.digest()));
    }
}

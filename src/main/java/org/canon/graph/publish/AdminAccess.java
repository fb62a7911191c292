package org.canon.graph.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.canon.graph.config.CanonProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The admin operations' guard, the same as for SPARQL Update at Fuseki: HTTP Basic with {@code canon.admin.user}
 * and {@code canon.admin.password}; refused with 403 when no password is set (writes are off), 401 when the
 * credentials are missing or wrong.
 */
@Component
class AdminAccess {
    private final CanonProperties.Admin admin;

    AdminAccess(CanonProperties settings) {
        this.admin = settings.getAdmin();
    }

    /** Returns when the {@code Authorization} header carries the admin credentials; throws otherwise. */
    void check(String authorization) {
        if (!admin.writesEnabled()) {
            throw new Refused(HttpStatus.FORBIDDEN, "Writes are turned off on this service (set canon.admin.password "
                    + "to allow reloads and imports).");
        }
        if (!matches(authorization)) {
            throw new Refused(HttpStatus.UNAUTHORIZED, "This operation needs the admin credentials (HTTP Basic, "
                    + "canon.admin.user and canon.admin.password).");
        }
    }

    private boolean matches(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (admin.getUser() + ":" + admin.getPassword()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    /** An admin request refused: 401 (no or wrong credentials) or 403 (writes off). */
    static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}

package org.canon.graph.profile;

import java.util.Map;
import org.canon.graph.api.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/profiles/{code}}: a profile's card. */
@RestController
@RequestMapping(path = "/api/profiles", produces = "application/json")
class ProfileController {
    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** The whole card of one profile: 404 when no profile has this code. */
    @GetMapping("/{code}")
    Map<String, Object> profile(@PathVariable String code) {
        return profiles.card(code).orElseThrow(() -> new NotFoundException("No profile with code '" + code + "'"));
    }
}

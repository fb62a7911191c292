package org.canon.graph.bench;

import java.util.List;

/**
 * The eleven Canon levels of {@code data/taxonomy/core.ttl}, in the order a synthetic focus fills them
 * (individual-contributor track first, then management), with what the generator needs of each.
 */
enum Ladder {
    P1(1, "Associate {area} Analyst", "0–2 yrs"),
    P2(2, "{area} Analyst", "2–4 yrs"),
    P3(3, "{area} Specialist", "4–7 yrs"),
    P4(4, "Senior {area} Specialist", "6–10 yrs"),
    P5(5, "Lead {area} Specialist", "8–12 yrs"),
    P6(6, "Principal {area} Specialist", "12–16 yrs"),
    M1(3, "{area} Supervisor", "4–7 yrs"),
    M2(4, "{area} Manager", "6–10 yrs"),
    M3(5, "Senior {area} Manager", "8–12 yrs"),
    M4(6, "Director of {area}", "12–16 yrs"),
    M5(7, "Senior Director of {area}", "15–20 yrs");

    /** The levels of one full focus, in fill order. */
    static final List<Ladder> ALL = List.of(values());

    /** Position on the common grade scale (canon:grade). */
    final int grade;
    /** A job title alias, {@code {area}} being the focus's area word. */
    final String alias;
    /** Typical experience as printed on the level. */
    final String experience;

    Ladder(int grade, String alias, String experience) {
        this.grade = grade;
        this.alias = alias;
        this.experience = experience;
    }

    /** {@code M} or {@code P}. */
    String track() {
        return name().substring(0, 1);
    }

    boolean management() {
        return name().startsWith("M");
    }
}

package org.canon.graph.page;

import java.util.AbstractMap;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.External;

/**
 * Where links go, as a map the templates look up: {@code th:href="${href.get(iri)}"} (not {@code href[iri]}, which SpEL
 * reads as the literal key "iri"). Thymeleaf forbids calling beans in
 * link attributes, so the pages get these lookups as model attributes: {@code href} (an IRI's page, see
 * {@link Iris#href}), {@code profileHref} (a profile code's page), {@code levelHref} (a level code's page) and {@code occupationHref}
 * (an O*NET-SOC code's page).
 */
public final class Hrefs extends AbstractMap<String, String> {
    private final UnaryOperator<String> page;

    private Hrefs(UnaryOperator<String> page) {
        this.page = page;
    }

    static final Hrefs IRI = new Hrefs(Iris::href);
    static final Hrefs PROFILE = new Hrefs(code -> Iris.href(Canon.profile(code)));
    static final Hrefs LEVEL = new Hrefs(code -> Iris.href(Canon.id("level", code)));
    static final Hrefs OCCUPATION = new Hrefs(code -> Iris.href(External.ONET_SOC + code));

    @Override
    public String get(Object key) {
        return key == null ? null : page.apply(key.toString());
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}

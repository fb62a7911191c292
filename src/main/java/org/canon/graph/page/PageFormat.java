package org.canon.graph.page;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.canon.graph.vocab.Canon;
import org.springframework.stereotype.Component;

/**
 * Helpers the templates call in text, as {@code ${@fmt.money(amount, currency)}}: an IRI in its short form, amounts,
 * numbers and scores as the source page writes them (links go through {@link Hrefs}).
 */
@Component("fmt")
public class PageFormat {

    /** An IRI with a known prefix in its short form ({@code canon:Profile}), else the IRI. */
    public String shortIri(String iri) {
        return iri == null ? null : RdfView.PREFIXES.shortForm(iri);
    }

    /** The last segment of an IRI ({@code skos:broadMatch} gives {@code broadMatch}). */
    public String localName(String iri) {
        return iri == null ? null : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** An amount as the source page writes it: {@code $120k} for dollars, else {@code 120,000 EUR}. */
    public String money(Double amount, String currency) {
        if (amount == null) {
            return null;
        }
        if ("USD".equals(currency)) {
            return amount >= 1000 && amount % 1000 == 0 ? "$" + number(amount / 1000) + "k" : "$" + number(amount);
        }
        return number(amount) + (currency == null ? "" : " " + currency);
    }

    /** A number without needless decimals: 5.0 is "5", 0.058 stays "0.058", 120000 is "120,000". */
    public String number(Double value) {
        if (value == null) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(BigDecimal.valueOf(value).stripTrailingZeros().scale() > 0 ? 4 : 0);
        return f.format(value);
    }

    /** A score as the source page writes it, with one decimal: 5.0, 4.5. */
    public String score(Double value) {
        return value == null ? null : String.format(Locale.ENGLISH, "%.1f", value);
    }
}

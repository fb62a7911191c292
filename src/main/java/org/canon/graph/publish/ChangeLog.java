package org.canon.graph.publish;

import java.util.List;

/**
 * The changes of the releases after {@code from} up to and including {@code to}, release by release: the rows of the
 * named query {@code changes}, one entry per concept and release. {@code truncated} says the query's row limit
 * ({@code canon.query.max-rows}) cut the list short.
 */
public record ChangeLog(long from, long to, boolean truncated, List<Change> changes) {

    /**
     * What one release did to one concept: {@code type} is added, removed, retired or changed; {@code code} and
     * {@code label} are the concept's code and title as they were; {@code values} the values it lost or gained.
     */
    public record Change(long release, String type, String concept, String code, String label,
                         List<ValueChange> values) {}

    /**
     * One value of a property that changed ({@code via}: the concept's property leading to the resource holding it,
     * e.g. schema:estimatedSalary for pay; null for its own). A value replaced by another has both sides; a removed
     * one only {@code oldValue}, an added one only {@code newValue}. Values are IRIs, strings, numbers or booleans.
     */
    public record ValueChange(String property, String via, Object oldValue, Object newValue) {}
}

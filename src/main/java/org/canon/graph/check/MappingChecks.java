package org.canon.graph.check;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryRunner;
import org.springframework.stereotype.Service;

/** Runs every {@code check-*} named query and gathers their findings. */
@Service
public class MappingChecks {
    /** Name prefix of the check queries in {@code sparql/}. */
    public static final String PREFIX = "check-";
    private final QueryRunner runner;

    public MappingChecks(QueryRunner runner) {
        this.runner = runner;
    }

    /** One check's result: its name, what it looks for, and the rows it flags. */
    @Schema(description = "One mapping check (a sparql/check-*.rq query) and what it flags.")
    public record Result(@Schema(description = "The check's name.", example = "check-broad-code") String check,
                         @Schema(description = "What the check looks for.") String summary,
                         List<Finding> findings) {}

    /** Every check, in name order. */
    public List<Result> run() {
        return runner.catalog().all().stream()
                .filter(q -> q.name().startsWith(PREFIX))
                .sorted(java.util.Comparator.comparing(NamedQuery::name))
                .map(q -> new Result(q.name(), q.summary(), runner.rows(q.name(), Map.of(), Finding::of)))
                .toList();
    }

    /** Check name to number of findings. */
    public static Map<String, Integer> counts(List<Result> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(r -> counts.put(r.check(), r.findings().size()));
        return counts;
    }
}

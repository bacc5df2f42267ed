package org.ganstudio.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a comparison of runs computes, without a window: the settings that differ (every field of
 * {@link ExperimentConfig}, nested ones by dotted path such as {@code generatorOptimizer.learningRate} or
 * {@code generator.blocks[1].filters}), and the figures of all runs as one CSV.
 */
public final class RunComparison {

    /** One setting that is not the same in every run: its path and each run's value, in the runs' order. */
    public record Difference(String field, List<String> values) {
        public Difference {
            values = List.copyOf(values);
        }

        /** The path without block numbers ({@code generator.blocks.filters}): the key of its readable name. */
        public String genericField() {
            return field.replaceAll("\\[\\d+]", "");
        }

        /** The first block number in the path, counted from 1, or 0 when the path names no block. */
        public int blockNumber() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
            return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
        }
    }

    public static final String CSV_HEADER = "run,step,training_s,d_loss,g_loss,d_real,d_fake,d_grad_norm,g_grad_norm,"
            + "step_ms,fid,kid,precision,recall,grid_diversity";

    private RunComparison() {
    }

    /** The settings that differ between the runs, in the order of the config's fields. */
    public static List<Difference> differingSettings(List<ExperimentConfig> configs) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (ExperimentConfig c : configs) {
            Map<String, String> m = new LinkedHashMap<>();
            flatten("", c, m);
            flat.add(m);
            fields.addAll(m.keySet());
        }
        List<Difference> out = new ArrayList<>();
        for (String f : fields) {
            List<String> values = new ArrayList<>();
            for (Map<String, String> m : flat) {
                values.add(m.getOrDefault(f, "—"));
            }
            if (values.stream().distinct().count() > 1) {
                out.add(new Difference(f, values));
            }
        }
        return out;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value == null) {
            out.put(path, "—");
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    flatten(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(r), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName(), e);
                }
            }
        } else if (value instanceof List<?> list) {
            out.put(path + ".count", Integer.toString(list.size()));
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), out);
            }
        } else if (value instanceof Double d) {
            out.put(path, number(d));
        } else if (value instanceof Enum<?> e) {
            out.put(path, e.name());
        } else {
            out.put(path, value.toString());
        }
    }

    /** A double as short as it can be without losing its value (2.0E-4 is 0.0002, 1.0 is 1). */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * Every run's every step as one CSV ({@link #CSV_HEADER}): one line per run and step, with the quality figures
     * on the steps where they were measured (empty elsewhere). Names are quoted when they need it.
     */
    public static String csv(List<ComparedRun> runs) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (ComparedRun r : runs) {
            Map<Long, QualityFigures> quality = new LinkedHashMap<>();
            for (QualityFigures q : r.quality().points()) {
                quality.put(q.step(), q);
            }
            double[] seconds = r.trainingSeconds();
            MetricsView m = r.metrics();
            String name = quote(r.name());
            for (int i = 0; i < m.size(); i++) {
                sb.append(name).append(',').append(m.step(i)).append(',')
                        .append(String.format(Locale.ROOT, "%.3f", seconds[i]));
                for (int col = 0; col <= MetricsView.STEP_MS; col++) {
                    sb.append(',').append(value(m.value(col, i)));
                }
                // a quality measurement at step s was taken after s steps, i.e. after metrics line s - 1
                QualityFigures q = quality.get(m.step(i) + 1);
                if (q == null) {
                    sb.append(",,,,,");
                } else {
                    sb.append(String.format(Locale.ROOT, ",%.4f,%.6f,%.4f,%.4f,%.4f", q.fid(), q.kid(), q.precision(),
                            q.recall(), q.diversity()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String value(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}

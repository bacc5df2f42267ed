package org.ganstudio.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's alarms as the experiment file keeps them: a JSON array of {@code {"id", "step", "since", "value",
 * "sentence"}}. Read as untrusted input: unknown ids are skipped (a newer version may know more kinds), alarms past
 * the saved step are dropped, anything else malformed is refused.
 */
final class AlarmsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SENTENCE = 500;

    private AlarmsJson() {
    }

    static String write(List<Alarm> alarms) throws IOException {
        ArrayNode a = JSON.createArrayNode();
        for (Alarm x : alarms) {
            ObjectNode o = a.addObject();
            o.put("id", x.kind().id());
            o.put("step", x.step());
            o.put("since", x.since());
            if (Double.isFinite(x.value())) {
                o.put("value", x.value());
            }
            o.put("sentence", x.sentence());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a);
    }

    /** @throws IllegalArgumentException saying what is wrong */
    static List<Alarm> read(byte[] json, long savedStep) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
        List<Alarm> out = new ArrayList<>();
        for (JsonNode n : root) {
            AlarmKind kind = AlarmKind.ofId(n.path("id").asText(""));
            if (kind == null) {
                continue;
            }
            if (!n.path("step").canConvertToLong() || !n.path("since").canConvertToLong()
                    || !n.path("sentence").isTextual()) {
                throw new IllegalArgumentException("an alarm lacks its step or sentence");
            }
            long step = n.path("step").asLong();
            long since = n.path("since").asLong();
            if (step < 0 || since < 0 || since > step) {
                throw new IllegalArgumentException("an alarm has an impossible step");
            }
            if (step > savedStep) {
                continue;
            }
            double value = n.path("value").isNumber() ? n.path("value").asDouble() : Double.NaN;
            String sentence = n.path("sentence").asText();
            if (sentence.length() > MAX_SENTENCE) {
                sentence = sentence.substring(0, MAX_SENTENCE);
            }
            out.add(new Alarm(kind, step, since, value, sentence));
        }
        return out;
    }
}

package org.ganstudio.ui.hyperparameters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The typed values read from the form's text fields, by setting id. */
final class FormValues {

    private final Map<String, Object> values = new HashMap<>();

    void put(String id, Object value) {
        values.put(id, value);
    }

    int integer(String id) {
        return (Integer) get(id);
    }

    long whole(String id) {
        return (Long) get(id);
    }

    double number(String id) {
        return (Double) get(id);
    }

    @SuppressWarnings("unchecked")
    List<Integer> integers(String id) {
        return (List<Integer>) get(id);
    }

    private Object get(String id) {
        Object v = values.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no value for " + id);
        }
        return v;
    }
}

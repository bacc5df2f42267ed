package org.ganstudio.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link ExperimentConfig} as JSON, with errors a user can act on. */
public final class ConfigJson {

    /** A config is a few kilobytes; anything larger than this is not one (and is never read whole). */
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ConfigJson() {
    }

    public static String toJson(ExperimentConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write config as JSON", e);
        }
    }

    /** Parses and validates against this machine's memory; the exception message names the field and the problem. */
    public static ExperimentConfig fromJson(String json) {
        return fromJson(json, MemoryBudget.available());
    }

    /** Parses and validates with {@link ExperimentConfig#validate(long)}; one line naming the field and the problem. */
    public static ExperimentConfig fromJson(String json, long memoryLimitBytes) {
        ExperimentConfig c = parse(json);
        var problems = c.validate(memoryLimitBytes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return c;
    }

    /** Parses without validating; throws IllegalArgumentException with one line for any JSON problem. */
    public static ExperimentConfig parse(String json) {
        ExperimentConfig c;
        try {
            c = MAPPER.readValue(json, ExperimentConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown setting '" + e.getPropertyName() + "'" + at(e));
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("bad value '" + e.getValue() + "'" + at(e));
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException("missing or malformed setting" + at(e));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("bad value" + at(e) + ": " + firstLine(cause.getMessage()));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(describe(e));
        }
        if (c == null) {
            throw new IllegalArgumentException("the config is empty (null)");
        }
        return c;
    }

    /**
     * One line for any Jackson failure, including stream limits (nesting depth, number and string
     * length) whose exceptions carry no location.
     */
    public static String describe(JacksonException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + ")" : "";
        return "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String m) {
        if (m == null || m.isBlank()) {
            return "unreadable";
        }
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /** Reads at most {@link #MAX_BYTES} of {@code file}; larger files are refused without being read whole. */
    public static ExperimentConfig read(Path file) throws IOException {
        String text = new String(readBounded(file, MAX_BYTES), StandardCharsets.UTF_8);
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("config " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes, refused (IllegalArgumentException) past {@code limit} whatever the file system says its size is. */
    static byte[] readBounded(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    throw new IllegalArgumentException("config " + file.getFileName() + " is larger than "
                            + (limit >> 10) + " KB, so it is not a GAN Studio config");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String at(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " at " + path;
    }
}

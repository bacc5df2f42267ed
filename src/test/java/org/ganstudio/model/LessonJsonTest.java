package org.ganstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson file format: a round trip, and one clear line for each kind of bad file. */
class LessonJsonTest {

    private static final ExperimentConfig CONFIG = Presets.reference(new ImageShape(1, 28, 28));
    private static final Set<String> SHIPPED = LessonJson.SHIPPED_DATASETS;

    static Lesson sample(LessonLock lock) throws LessonFileException {
        String patch = "{\"discriminatorOptimizer\": {\"kind\": \"SGD_MOMENTUM\", \"learningRate\": 0.01}}";
        LessonChange sgd = new LessonChange("sgd-for-d", LocalText.of("Use SGD for D", "判别器改用 SGD"), patch,
                LessonJson.applyPatch(CONFIG, patch, Long.MAX_VALUE));
        return new Lesson("03-strong-d", LocalText.of("D too strong", "判别器太强"), LocalText.of("s", "概要"),
                LocalText.of("watch", "观察"), LocalText.of("change", "修改"), LocalText.of("expect", "预期"),
                LessonDataset.shipped("fashion-mnist-small"), CONFIG, 120, 20, List.of(sgd), lock);
    }

    private static String json() throws LessonFileException {
        return LessonJson.toJson(sample(LessonLock.NONE));
    }

    private static LessonFileException refused(String json) {
        return assertThrows(LessonFileException.class, () -> LessonJson.parse(json, Path.of("."), SHIPPED,
                Long.MAX_VALUE));
    }

    @Test
    void roundTripKeepsEverythingIncludingTheLock() throws Exception {
        Lesson l = sample(new LessonLock(Set.of("loss", "dLearningRate"), Set.of("seed"), PinHash.of("2468")));
        Lesson back = LessonJson.parse(LessonJson.toJson(l), Path.of("."), SHIPPED, Long.MAX_VALUE);
        assertEquals(l, back);
        assertEquals(OptimizerKind.SGD_MOMENTUM, back.change("sgd-for-d").config().discriminatorOptimizer().kind());
        assertEquals(CONFIG.generatorOptimizer(), back.change("sgd-for-d").config().generatorOptimizer(),
                "a change touches only what it names");
        assertTrue(back.lock().pin().matches("2468"));
        assertFalse(LessonJson.toJson(l).contains("2468"), "the PIN itself is never written");
    }

    @Test
    void writeAndReadAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.lesson.json");
        LessonJson.write(sample(LessonLock.NONE), f);
        assertEquals(sample(LessonLock.NONE), LessonJson.read(f, SHIPPED));
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        LessonFileException e = refused(json().replaceFirst("\"title\"", "\"titel\""));
        // the unknown field is reported first, then, with it removed, the missing one
        assertEquals(LessonFileException.Kind.BAD_VALUE, e.kind());
        assertTrue(e.getMessage().contains("titel"), e.getMessage());
        String withoutTitle = json().replaceFirst("\"title\" : \\{[^}]*},", "");
        assertNotEquals(json(), withoutTitle, "the test must have removed the title");
        e = refused(withoutTitle);
        assertEquals(LessonFileException.Kind.MISSING_FIELD, e.kind());
        assertTrue(e.getMessage().startsWith("title: missing"), e.getMessage());
    }

    @Test
    void englishIsRequiredChineseIsNot() throws Exception {
        LessonFileException e = refused(json().replace("\"en\" : \"watch\",", ""));
        assertEquals(LessonFileException.Kind.MISSING_FIELD, e.kind());
        assertTrue(e.getMessage().startsWith("watch.en"), e.getMessage());
        Lesson noChinese = LessonJson.parse(json().replace(",\n    \"zh\" : \"观察\"", ""), Path.of("."), SHIPPED,
                Long.MAX_VALUE);
        assertEquals("watch", noChinese.watch().in(LocalText.CHINESE), "falls back to English");
    }

    @Test
    void unknownDatasetListsTheShippedOnes() throws Exception {
        LessonFileException e = refused(json().replace("\"fashion-mnist-small\"", "\"cifar\""));
        assertEquals(LessonFileException.Kind.UNKNOWN_DATASET, e.kind());
        assertTrue(e.getMessage().contains("cifar") && e.getMessage().contains("shapes"), e.getMessage());
    }

    @Test
    void aFolderDatasetIsResolvedBesideTheFileAndMustExist(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.lesson.json");
        Files.writeString(f, json().replace("\"fashion-mnist-small\"", "\"./pictures\""));
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonJson.read(f, SHIPPED));
        assertEquals(LessonFileException.Kind.UNKNOWN_DATASET, e.kind());
        assertTrue(e.getMessage().startsWith("mine.lesson.json: dataset"), e.getMessage());
        Files.createDirectory(dir.resolve("pictures"));
        assertEquals(dir.resolve("pictures").toAbsolutePath().normalize(), LessonJson.read(f, SHIPPED).dataset().folder());
    }

    @Test
    void badNumbersAreRefusedWithTheField() throws Exception {
        LessonFileException e = refused(json().replace("\"steps\" : 120", "\"steps\" : \"many\""));
        assertEquals(LessonFileException.Kind.BAD_NUMBER, e.kind());
        assertTrue(e.getMessage().startsWith("steps: must be a whole number"), e.getMessage());
        e = refused(json().replace("\"steps\" : 120", "\"steps\" : 0"));
        assertEquals(LessonFileException.Kind.BAD_NUMBER, e.kind());
        e = refused(json().replace("\"sampleEvery\" : 20", "\"sampleEvery\" : 2.5"));
        assertTrue(e.getMessage().startsWith("sampleEvery"), e.getMessage());
    }

    @Test
    void aBadConfigValueNamesItsPath() throws Exception {
        LessonFileException e = refused(json().replaceFirst("\"batchSize\" : 64", "\"batchSize\" : 1"));
        assertEquals(LessonFileException.Kind.BAD_CONFIG, e.kind());
        assertTrue(e.getMessage().startsWith("config.batchSize"), e.getMessage());
        e = refused(json().replaceFirst("\"loss\" : \"NON_SATURATING\"", "\"loss\" : \"WASSERSTEIN\""));
        assertEquals(LessonFileException.Kind.BAD_CONFIG, e.kind());
        assertTrue(e.getMessage().contains("WASSERSTEIN"), e.getMessage());
    }

    @Test
    void aChangeThatBreaksTheConfigIsRefused() throws Exception {
        LessonFileException e = refused(json().replace("\"learningRate\" : 0.01", "\"learningRate\" : 7"));
        assertEquals(LessonFileException.Kind.BAD_CONFIG, e.kind());
        assertTrue(e.getMessage().startsWith("tryThis[0].set.discriminatorOptimizer.learningRate"), e.getMessage());
    }

    @Test
    void notALessonAndNotJson() {
        assertEquals(LessonFileException.Kind.NOT_A_LESSON, refused(ConfigJson.toJson(CONFIG)).kind());
        assertEquals(LessonFileException.Kind.NOT_JSON, refused("{\"format\": ").kind());
        assertEquals(LessonFileException.Kind.NOT_JSON, refused("[1, 2]").kind());
    }

    @Test
    void aLockNeedsItsPin() throws Exception {
        String locked = LessonJson.toJson(sample(new LessonLock(Set.of("loss"), Set.of(), PinHash.of("1357"))));
        LessonFileException e = refused(locked.replace("\"pin\"", "\"pim\""));
        assertEquals(LessonFileException.Kind.MISSING_FIELD, e.kind());
        assertTrue(e.getMessage().startsWith("lock.pin"), e.getMessage());
    }

    @Test
    void pinHashesAreSaltedAndCheckTheRightPin() {
        PinHash a = PinHash.of("1234");
        PinHash b = PinHash.of("1234");
        assertNotEquals(a.salt(), b.salt());
        assertNotEquals(a.hash(), b.hash());
        assertTrue(a.matches("1234") && b.matches(" 1234 "));
        assertFalse(a.matches("1235"));
        assertFalse(a.matches(""));
        assertFalse(a.matches(null));
        assertThrows(IllegalArgumentException.class, () -> PinHash.of("12"));
    }
}

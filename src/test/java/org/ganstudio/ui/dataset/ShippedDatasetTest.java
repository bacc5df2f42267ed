package org.ganstudio.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedDatasetTest {

    @TempDir
    Path dir;

    @Test
    void firstRootWinsAndHiddenFoldersAreIgnored() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a.resolve("shapes"));
        Files.createDirectories(a.resolve(".git"));
        Files.createDirectories(b.resolve("shapes"));
        Files.createDirectories(b.resolve("mnist"));
        Files.writeString(a.resolve("README.md"), "not a dataset");
        List<ShippedDataset> found = ShippedDataset.findIn(List.of(dir.resolve("missing"), a, b));
        assertEquals(List.of("shapes", "mnist"), found.stream().map(ShippedDataset::name).toList());
        assertEquals(a.resolve("shapes"), found.get(0).path());
        assertEquals("shapes", ShippedDataset.preferred(found).orElseThrow().name());
        assertEquals("mnist", ShippedDataset.preferred(found.subList(1, 2)).orElseThrow().name());
        assertTrue(ShippedDataset.preferred(List.of()).isEmpty());
    }

    @Test
    void theProjectsOwnDatasetsAreFoundFromTheDefaultRoots() {
        List<ShippedDataset> found = ShippedDataset.findIn(ShippedDataset.defaultRoots());
        List<String> names = found.stream().map(ShippedDataset::name).toList();
        assertTrue(names.contains("shapes") && names.contains("fashion-mnist-small"), names.toString());
    }
}

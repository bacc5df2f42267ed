package org.ganstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AppVersionTest {

    /** The project's own version element, read from the pom Maven built these classes from. */
    private static String pomVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("no <version> in pom.xml");
    }

    @Test
    void theVersionIsThePomsVersion() throws Exception {
        assertEquals(Optional.of(pomVersion()), AppVersion.current());
        assertEquals(pomVersion(), AppVersion.describe());
    }

    @Test
    void anUnfilteredOrMissingResourceGivesNoVersion() {
        assertEquals(Optional.empty(), AppVersion.fromResource(null));
        assertEquals(Optional.empty(), AppVersion.fromResource(stream("version=${project.version}\n")));
        assertEquals(Optional.empty(), AppVersion.fromResource(stream("other=1\n")));
        assertEquals(Optional.of("2.3.4"), AppVersion.fromResource(stream("# c\nversion = 2.3.4\n")));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}

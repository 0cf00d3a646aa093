package org.icpo.notices.subject;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubjectRulesTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1};
    static final List<String> TYPES = List.of("image/jpeg", "image/png");

    @Test
    void photographsAreRecognizedByTheirBytes() {
        assertEquals("image/jpeg", PhotoRules.detect(JPEG));
        assertEquals("image/png", PhotoRules.detect(PNG));
        assertNull(PhotoRules.detect("GIF89a....".getBytes()));
        assertNull(PhotoRules.problem("image/jpeg", JPEG, 100, TYPES));
        assertNull(PhotoRules.problem("image/png", PNG, 100, TYPES));
        assertTrue(PhotoRules.problem("image/png", JPEG, 100, TYPES).contains("content is image/jpeg"));
        assertTrue(PhotoRules.problem("image/gif", "GIF89a....".getBytes(), 100, TYPES).contains("not an image of an accepted type"));
        assertTrue(PhotoRules.problem("image/jpeg", JPEG, 5, TYPES).contains("at most 5 bytes"));
        assertTrue(PhotoRules.problem("image/jpeg", new byte[0], 5, TYPES).contains("empty"));
        assertTrue(PhotoRules.problem("image/png", PNG, 100, List.of("image/jpeg")).contains("not an image of an accepted type"));
    }

    @Test
    void partialDates() {
        assertEquals("1975", PartialDate.parse("1975").toString());
        assertEquals("1975-04", PartialDate.parse("1975-04").toString());
        assertEquals("1975-04-12", PartialDate.parse("1975-04-12").toString());
        assertEquals("1975-11-03", new PartialDate(1975, 11, 3).toString());
        assertEquals("1975/04/02", PartialDate.format(1975, 4, 2, '/'));
        assertEquals("1975", PartialDate.format(1975, null, 2, '/'));
        assertEquals(LocalDate.of(1975, 4, 1), PartialDate.parse("1975-04").earliest());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1975-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1975-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("75"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1975/04/12"));
    }

    @Test
    void namesFoldCaseAccentsAndSpaces() {
        assertEquals("jose maria", Names.fold("  JOSÉ   María "));
        assertEquals("прокопчук", Names.fold("ПРОКОПЧУК"));
        assertEquals("dupont|jean|1975", Names.subjectKey("Dupont", "JEAN", "1975"));
    }
}

package org.icpo.notices.subject;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void whatAReaderCannotTellApartFoldsToOneName() {
        // invisible characters inside a name: soft hyphen, zero-width space, zero-width joiner, word joiner, BOM, a control
        for (String hidden : new String[]{"\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u0007", "\u202E"}) {
            assertEquals("zrefubdbr", Names.fold("ZRE" + hidden + "FUBDBR"), "U+" + Integer.toHexString(hidden.charAt(0)));
        }
        // compatibility forms and full case folding
        assertEquals("zrefubdbr", Names.fold("\uFF3A\uFF32\uFF25\uFF26\uFF35\uFF22\uFF24\uFF22\uFF32"));   // fullwidth
        assertEquals("strasse", Names.fold("STRAßE"));
        assertEquals("strasse", Names.fold("Straße"));
        assertEquals("fine", Names.fold("\uFB01ne"));                                                            // ligature fi
        assertEquals("istanbul", Names.fold("İSTANBUL"));
        // look-alike apostrophes are one; hyphens, dashes, other punctuation, symbols and spaces of any kind separate words
        assertEquals("o'brien", Names.fold("O’Brien"));
        assertEquals("o'brien", Names.fold("Oʼbrien"));
        assertEquals("o brien", Names.fold("O Brien"));
        assertEquals("al sayed", Names.fold("AL\u2010SAYED"));
        assertEquals("al sayed", Names.fold("Al\u00A0Sayed"));
        assertEquals("al sayed", Names.fold("al\u3000sayed"));
        assertEquals("a b", Names.fold("a|b"));
        assertEquals("", Names.fold("\u3164\u115F"));
    }

    @Test
    void latinScriptNamesAreLatinLettersAndTheirPunctuation() {
        java.util.regex.Pattern latin = java.util.regex.Pattern.compile(Names.LATIN_SCRIPT);
        for (String name : new String[]{"PROKOPCHUK", "José María", "O'Brien", "O’Brien", "Jean-Luc", "Łukasz", "Straße", "Ærø",
                "Nguyễn Văn", "St. John", "Smith (Jones)", "Dalì, Salvador", "Sŭng\u2011Ho", ""}) {
            assertTrue(latin.matcher(name).matches(), name);
        }
        for (String name : new String[]{"Коваленков", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "محمد", "金", "Ivan2", "ZRE\u00ADFUB", "ZRE\u200BFUB", "A\tB",
                "Ivan!", "Iv@n", "Kovalenkov\u0410"}) {
            assertFalse(latin.matcher(name).matches(), name);
        }
    }
}

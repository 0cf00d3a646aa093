package org.icpo.notices;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies of each notice type, as mutable maps that tests break on purpose. */
public final class Bodies {

    /** The smallest valid JPEG header and PNG signature followed by some bytes. */
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Bodies() {
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> subject(String family, String forename) {
        return map("familyName", family, "forename", forename, "sex", "M", "dateOfBirth", "1975-04-12",
                "nationalities", new ArrayList<>(List.of("FR")), "placeOfBirth", "Lyon", "countryOfBirth", "FR",
                "physical", map("heightCm", 182, "eyeColours", List.of("BRO"), "hairColours", List.of("BLA")),
                "languages", List.of("fra", "eng"), "distinguishingMarks", "scar on the left cheek");
    }

    public static Map<String, Object> charge(String description, String category, Integer maxPenaltyMonths) {
        Map<String, Object> c = map("description", description, "legalProvision", "Penal Code, art. 311-1", "category", category);
        if (maxPenaltyMonths != null) {
            c.put("maxPenaltyMonths", maxPenaltyMonths);
        }
        return c;
    }

    public static Map<String, Object> red(String family, String forename) {
        return map("type", "RED", "subject", subject(family, forename),
                "caseSummary", "Armed robbery of a bank in Lyon on 2024-02-01; two employees injured.",
                "red", map("purpose", "PROSECUTION",
                        "charges", new ArrayList<>(List.of(charge("Armed robbery", "THEFT_OR_ROBBERY", 240))),
                        "warrant", map("kind", "ARREST_WARRANT", "authority", "Tribunal judiciaire de Lyon", "issuedOn", "2024-03-01",
                                "reference", "AW-2024-001")),
                "publicExtract", true);
    }

    public static Map<String, Object> red() {
        return red("DUPONT", "Jean");
    }

    public static Map<String, Object> ofType(String type) {
        Map<String, Object> b = map("type", type, "subject", subject("MARTIN", "Paul"), "caseSummary", "Facts of the case.");
        switch (type) {
            case "RED" -> {
                return red("MARTIN", "Paul");
            }
            case "YELLOW", "BLACK" -> b.put("event", map("date", "2024-05-01", "place", "Marseille", "country", "FR"));
            case "ORANGE" -> b.put("threatDescription", "Parcel bombs sent to public buildings");
            case "PURPLE" -> b.put("modusOperandi", "Fake delivery vans used to steal copper cables");
            case "UN_SPECIAL" -> b.put("unReference", "QDi.430");
            case "SILVER" -> b.put("assetsDescription", "Villa and bank accounts bought with laundered funds");
            default -> {
            }
        }
        if ("YELLOW".equals(type)) {
            b.put("subject", withPhoto(subject("MARTIN", "Paul")));
        }
        return b;
    }

    public static Map<String, Object> withPhoto(Map<String, Object> subject) {
        subject.put("photos", new ArrayList<>(List.of(photo("image/jpeg", JPEG))));
        return subject;
    }

    public static Map<String, Object> photo(String type, byte[] bytes) {
        return map("contentType", type, "data", Base64.getEncoder().encodeToString(bytes));
    }

    public static Map<String, Object> justification() {
        return map("evidenceSummary", "Witness statements and CCTV footage identify the suspect.",
                "judicialDocuments", List.of("Arrest warrant AW-2024-001", "Indictment of 2024-02-20"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> sub(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }
}

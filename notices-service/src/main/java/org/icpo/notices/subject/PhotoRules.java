package org.icpo.notices.subject;

import java.util.List;

/** Photograph limits: the type is recognized from the bytes themselves (magic numbers), not trusted from the client. */
public final class PhotoRules {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private PhotoRules() {
    }

    /** The media type the bytes are, or null when neither JPEG nor PNG. */
    public static String detect(byte[] data) {
        if (startsWith(data, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(data, PNG)) {
            return "image/png";
        }
        return null;
    }

    /** What is wrong with a photograph, or null when it is acceptable. */
    public static String problem(String declaredType, byte[] data, int maxBytes, List<String> allowedTypes) {
        if (data.length == 0) {
            return "is empty";
        }
        if (data.length > maxBytes) {
            return "is " + data.length + " bytes; at most " + maxBytes + " bytes are accepted";
        }
        String detected = detect(data);
        if (detected == null || !allowedTypes.contains(detected)) {
            return "is not an image of an accepted type " + allowedTypes + " (recognized from its content)";
        }
        if (!detected.equalsIgnoreCase(declaredType)) {
            return "is declared as " + declaredType + " but its content is " + detected;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.icpo.notices.check;

/** The result of one automatic check, by name, with a human reason. */
public record CheckResult(String code, Outcome outcome, String reason) {

    public enum Outcome {
        PASSED,
        /** Does not block the request, but the reviewer sees it. */
        WARNING,
        /** Hard failure: the request is refused at once. */
        FAILED
    }

    public static CheckResult passed(String code, String reason) {
        return new CheckResult(code, Outcome.PASSED, reason);
    }

    public static CheckResult failed(String code, String reason) {
        return new CheckResult(code, Outcome.FAILED, reason);
    }

    public static CheckResult warning(String code, String reason) {
        return new CheckResult(code, Outcome.WARNING, reason);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}

package org.icpo.gateway.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** The gateway's Prometheus text ({@code /q/metrics}) and the values in it. */
public final class MetricsText {

    private static final Pattern VALUE = Pattern.compile("} ([0-9.E+-]+)$");

    private MetricsText() {
    }

    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the series of {@code name} whose labels include every one given ({@code kind="connect"}). */
    public static double value(String metrics, String name, String... labels) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                Matcher m = VALUE.matcher(line);
                if (m.find()) {
                    total += Double.parseDouble(m.group(1));
                }
            }
        }
        return total;
    }
}

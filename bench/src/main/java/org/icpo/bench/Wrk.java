package org.icpo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package, installed by bench/run.sh) and reads its figures. */
final class Wrk {

    record Figures(String name, double rps, double p50ms, double p90ms, double p99ms, long non2xx) {
        String line() {
            return String.format("%-44s %8.0f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  non-2xx %d", name, rps, p50ms, p90ms, p99ms, non2xx);
        }
    }

    private Wrk() {
    }

    static Figures run(String name, String url, String token, int threads, int connections, int seconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (token != null) {
            cmd.add("-H");
            cmd.add("Authorization: Bearer " + token);
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(seconds + 30L, TimeUnit.SECONDS);
        return new Figures(name, number(out, "Requests/sec:\\s+([\\d.]+)"), latency(out, "50%"), latency(out, "90%"), latency(out, "99%"),
                (long) number(out, "Non-2xx or 3xx responses:\\s+(\\d+)"));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** wrk prints e.g. "     99%    3.21ms" or "1.02s" or "800.00us". */
    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}

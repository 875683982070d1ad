package com.careercompare.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The W3C Nu HTML checker (vnu, {@code nu.validator:validator}) over pages fetched by a test. */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/**
	 * Checks the pages, named as the test names them, in one go, with the checker's own command in a JVM of its own: in this
	 * one it takes a new schema and the tests' settings for each page, ten times as long.
	 */
	public static void assertValid(Map<String, Http.Response> pages) throws Exception {
		Path folder = Files.createTempDirectory("html-check");
		try {
			Map<String, String> names = new LinkedHashMap<>();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xss16m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
					"nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
			int page = 0;
			for (Map.Entry<String, Http.Response> entry : pages.entrySet()) {
				Path file = folder.resolve("page-" + (page++) + ".html");
				Files.write(file, entry.getValue().bytes());
				names.put("/" + file.getFileName() + "\"", entry.getKey());
				command.add(file.toString());
			}
			Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
			String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(checker.waitFor(2, TimeUnit.MINUTES)).as("the checker finished").isTrue();
			List<String> errors = report.lines()
				.filter((line) -> line.contains(" error: "))
				.map((line) -> names.entrySet()
					.stream()
					.filter((name) -> line.contains(name.getKey()))
					.findFirst()
					.map((name) -> name.getValue() + ": " + line.substring(line.indexOf(" error: ") + 1))
					.orElse(line))
				.toList();
			assertThat(errors).as("HTML errors, the checker said:%n%s", report).isEmpty();
			assertThat(report.lines().filter((line) -> line.contains("Exception"))).as("the checker ran").isEmpty();
		}
		finally {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(folder);
		}
	}

}

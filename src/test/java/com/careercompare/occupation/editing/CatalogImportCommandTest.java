package com.careercompare.occupation.editing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careercompare.support.ImportTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar career-compare.jar --import=catalog.zip}: the import for scripts, which
 * applies the file and exits with 0, or prints each problem and exits with 1.
 */
@ImportTest
@ExtendWith(OutputCaptureExtension.class)
class CatalogImportCommandTest {

	@Autowired
	private CatalogImport catalogImport;

	@Autowired
	private CatalogExport export;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	private Path directory;

	@Test
	void aGoodFileIsImportedAndTheCommandSaysWhatItDid(CapturedOutput output) throws IOException {
		CatalogZip catalog = exported().set(CatalogFormat.OCCUPATIONS, "collector", "averageAge", "51");
		Path file = this.directory.resolve("ages.zip");
		Files.write(file, catalog.bytes());
		CatalogImportCommand command = new CatalogImportCommand(this.catalogImport);

		command.run(new DefaultApplicationArguments("--import=" + file));

		assertThat(command.getExitCode()).isZero();
		assertThat(output.getOut()).contains("Imported ages.zip: 0 added, 1 changed, ");
		assertThat(this.jdbc.sql("select average_age from occupation where slug = 'collector'")
			.query(Integer.class)
			.single()).isEqualTo(51);
		assertThat(this.jdbc.sql("select changed_by || ' / ' || note from revision order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("command line (" + System.getProperty("user.name") + ") / Import of ages.zip");
	}

	@Test
	void aBadFilePrintsEachProblemChangesNothingAndExitsWithOne(CapturedOutput output) throws IOException {
		CatalogZip catalog = exported().set(CatalogFormat.OCCUPATIONS, "collector", "lgbtPct", "lots");
		Path file = this.directory.resolve("bad.zip");
		Files.write(file, catalog.bytes());
		CatalogImportCommand command = new CatalogImportCommand(this.catalogImport);

		command.run(new DefaultApplicationArguments("--import=" + file));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output.getErr()).contains("occupations.csv, line " + catalog.line(CatalogFormat.OCCUPATIONS, "collector")
				+ ", column X (lgbtPct): ")
			.contains("bad.zip: 1 problem. Nothing was changed.");
	}

	@Test
	void aMissingFileExitsWithTwo(CapturedOutput output) {
		CatalogImportCommand command = new CatalogImportCommand(this.catalogImport);

		command.run(new DefaultApplicationArguments("--import=" + this.directory.resolve("none.zip")));

		assertThat(command.getExitCode()).isEqualTo(2);
		assertThat(output.getErr()).contains("No file ");
	}

	private CatalogZip exported() throws IOException {
		Path file = this.directory.resolve("export.zip");
		try (OutputStream out = Files.newOutputStream(file)) {
			this.export.write(out);
		}
		return CatalogZip.of(Files.readAllBytes(file));
	}

}

package com.careercompare.occupation.editing;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import com.careercompare.occupation.editing.ImportJobs.ImportJob;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The whole catalog in one download, for spreadsheets and for importing elsewhere, and the
 * import of such a file: upload, a preview of what it changes (or what is wrong with it),
 * the admin's confirmation, then its progress and outcome, each at the import's own address.
 */
@Controller
@EnableConfigurationProperties(ImportLimits.class)
class CatalogController {

	static final String EXPORT = "/admin/catalog/export";

	static final String IMPORT = "/admin/catalog/import";

	/** How often a page of an import under way reloads itself, in seconds. */
	static final int REFRESH_SECONDS = 2;

	private final CatalogExport export;

	private final ImportJobs jobs;

	private final ImportLimits limits;

	CatalogController(CatalogExport export, ImportJobs jobs, ImportLimits limits) {
		this.export = export;
		this.jobs = jobs;
		this.limits = limits;
	}

	@GetMapping(EXPORT)
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("catalog.zip").build().toString());
		this.export.write(response.getOutputStream());
	}

	@GetMapping(IMPORT)
	String importForm(Model model) {
		return uploadPage(model, null);
	}

	@PostMapping(IMPORT)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return uploadPage(model, "Choose the catalog's ZIP file to import.");
		}
		String fileName = fileName(file.getOriginalFilename());
		ImportJob job;
		try (InputStream in = file.getInputStream()) {
			job = this.jobs.check(in, fileName);
		}
		job.awaitBriefly();
		return "redirect:" + IMPORT + "/" + job.id();
	}

	@GetMapping(IMPORT + "/{id}")
	String job(@PathVariable String id, Model model) {
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
		model.addAttribute("job", job);
		model.addAttribute("limits", this.limits);
		model.addAttribute("maxFileSize", ImportLimits.text(this.limits.maxFileSize()));
		if (job.isWorking()) {
			model.addAttribute("refresh", REFRESH_SECONDS);
		}
		return "admin/import";
	}

	@PostMapping(IMPORT + "/{id}")
	String confirm(@PathVariable String id, @RequestParam(name = "catalogVersion", defaultValue = "-1") String version,
			@RequestParam(name = "removeAbsent", defaultValue = "false") boolean removeAbsent, Principal admin) {
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
		long confirmed;
		try {
			confirmed = Long.parseLong(version);
		}
		catch (NumberFormatException ex) {
			confirmed = -1;
		}
		if (this.jobs.apply(job, confirmed, removeAbsent, admin.getName())) {
			job.awaitBriefly();
		}
		return "redirect:" + IMPORT + "/" + job.id();
	}

	/** The import form, with what is wrong with the upload, if anything. */
	String uploadPage(Model model, String error) {
		model.addAttribute("maxFileSize", ImportLimits.text(this.limits.maxFileSize()));
		model.addAttribute("limits", this.limits);
		model.addAttribute("uploadError", error);
		return "admin/import";
	}

	/** The name of the uploaded file without any folders a browser sent, for the pages and the history. */
	private static String fileName(String original) {
		if (original == null || original.isBlank()) {
			return "catalog.zip";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
		name = name.replaceAll("[\\p{Cntrl}]", "");
		if (name.isEmpty()) {
			return "catalog.zip";
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

}

package com.careercompare.occupation.editing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole catalog in one download, for spreadsheets and for importing elsewhere. */
@Controller
class CatalogController {

	static final String EXPORT = "/admin/catalog/export";

	private final CatalogExport export;

	CatalogController(CatalogExport export) {
		this.export = export;
	}

	@GetMapping(EXPORT)
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("catalog.zip").build().toString());
		this.export.write(response.getOutputStream());
	}

}

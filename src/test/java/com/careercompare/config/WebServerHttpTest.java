package com.careercompare.config;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.careercompare.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** How the web server sends pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebServerHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@Test
	void everyPublicPageLeavesWithItsHeadersInOneSocketWrite() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
			.hasToString(Integer.toString(WebConfiguration.SOCKET_WRITE_BUFFER));

		Http http = new Http(this.port);
		List<String> paths = locations(http, "/sitemap.xml").stream()
			.flatMap((file) -> locations(http, file).stream())
			.toList();
		assertThat(paths).hasSizeGreaterThan(60);
		for (String path : paths) {
			Http.Response page = http.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			// uncompressed, as sent to clients that do not accept gzip
			assertThat(page.bytes().length + headerBytes(page)).as(path)
				.isLessThan(WebConfiguration.SOCKET_WRITE_BUFFER);
		}
	}

	/** The paths a sitemap (or sitemap index) names. */
	private static List<String> locations(Http http, String sitemap) {
		return http.get(sitemap).html().select("loc").eachText().stream().map((loc) -> URI.create(loc).getRawPath()).toList();
	}

	private static int headerBytes(Http.Response response) {
		int bytes = "HTTP/1.1 200 \r\n\r\n".length();
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			for (String value : header.getValue()) {
				bytes += header.getKey().length() + ": \r\n".length() + value.length();
			}
		}
		return bytes;
	}

}

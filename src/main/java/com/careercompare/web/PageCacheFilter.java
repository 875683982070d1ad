package com.careercompare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages depend only on their address, the content version and the build, so each
 * is rendered once per content version and then served from memory, as long as it is among
 * the pages asked for most that fit the memory allowed. Once the kept pages fill that memory,
 * a page is kept only when it is asked for a second time among the last addresses asked for
 * ({@link RecentRequests}): most of a large catalog's pages are asked for once, by a
 * crawler, and keeping each would only push out the pages asked for again.
 * <p>
 * This filter is the one place HTML is compressed (Tomcat compresses only stylesheets,
 * scripts and the like). A kept page is gzipped once, for the first client that accepts it,
 * and kept so: serving it costs no compression at all. A page written from kept parts
 * ({@link HtmlView}, a comparison page) comes as its {@link PageBody}, and a page not kept is
 * sent gzipped from its parts' deflated bytes, compressing nothing; another page not kept is
 * compressed for its response. The version read is left in the request for the
 * controllers, and a browser whose copy is current gets a 304.
 * <p>
 * While a page of the current version cannot be rendered (the database is out of reach),
 * the last page kept for the address is served, whatever its version, marked
 * {@code no-store} and without validators.
 * <p>
 * The filter stands in front of Spring Security: a page is kept only after it was rendered
 * through the whole chain with a 200, for that exact address, and is served again with the
 * headers the chain gave it (the Content-Security-Policy and the rest). So a pages' content
 * must not depend on who asks: no sessions, no per-user parts. Nor on the query string,
 * but for {@code ?only=differences} (a comparison without its rows the same for all), kept
 * as a page of its own: {@code ?utm_source=...} or any other gets the kept page and cannot
 * force a render. The answers to a form ({@link #FORM_PATHS}) read their query, and are
 * never kept.
 */
public class PageCacheFilter extends OncePerRequestFilter {

	/** The request attribute holding the {@link ContentVersion} this request was served for. */
	public static final String VERSION_ATTRIBUTE = PageCacheFilter.class.getName() + ".version";

	/** The pages kept: the home page, lists, categories, occupations, comparisons and the sitemap. */
	private static final List<String> CACHED_PREFIXES = List.of("/compare/", "/occupations", "/categories/");

	/** Pages under {@link #CACHED_PREFIXES} that answer a form, from its query: never kept. */
	private static final Set<String> FORM_PATHS = Set.of("/compare/add");

	/** Headers that differ from one response of a page to the next, or that this filter sets itself. */
	private static final Set<String> PER_RESPONSE_HEADERS = Set.of("content-type", "content-length", "content-encoding",
			"transfer-encoding", "vary", "date", "etag", "last-modified", "cache-control", "set-cookie");

	/** What keeping a page costs besides its bytes: the entry, the page object, its headers. */
	private static final int PAGE_OVERHEAD_BYTES = 512;

	private final Supplier<? extends ContentVersion> versions;

	private final Freshness freshness;

	private final boolean keepPages;

	/**
	 * The last page rendered for each path, whatever its version; the least used go first
	 * once they fill the limit. Only a page of the current version is served, unless
	 * {@link #servingStale} says otherwise.
	 */
	private final Cache<String, Page> pages;

	/**
	 * Whether the kept pages have filled their limit (a page was let go to make room): from
	 * then on a page is kept only when it is asked for a second time ({@link #recent}). Of a
	 * large catalog's million comparison pages, nearly every one is asked for once, by a
	 * crawler; keeping each would only push out pages asked for again, and cost its copy.
	 */
	private volatile boolean full;

	/** The pages asked for lately, for {@link #full}. */
	private final RecentRequests recent = new RecentRequests();

	/** True while a kept page of an older version beats no page at all (the database is out of reach). */
	private final BooleanSupplier servingStale;

	/**
	 * @param versions the current content version
	 * @param freshness answers browsers whose copy is current
	 * @param maxSize how much memory the kept pages may take, counted in the bytes of their
	 * bodies (plain and gzipped); zero keeps none, so that every page is rendered (to measure
	 * rendering), and browsers still get their 304s
	 */
	public PageCacheFilter(Supplier<? extends ContentVersion> versions, Freshness freshness, DataSize maxSize) {
		this(versions, freshness, maxSize, () -> false);
	}

	/**
	 * @param servingStale true while the last page kept for a path should be served even if
	 * it is of an older version, because a page of the current one cannot be rendered
	 */
	public PageCacheFilter(Supplier<? extends ContentVersion> versions, Freshness freshness, DataSize maxSize,
			BooleanSupplier servingStale) {
		this.servingStale = servingStale;
		this.versions = versions;
		this.freshness = freshness;
		this.keepPages = maxSize.toBytes() > 0;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String path, Page page) -> page.weight(path))
			.evictionListener((String path, Page page, RemovalCause cause) -> this.full = true)
			// evictions on the request's thread: no hand-over to a pool for each page kept
			.executor(Runnable::run)
			.build();
	}

	/** How many bytes the kept pages take, as the limit counts them. */
	long keptBytes() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		boolean page = path.equals("/") || path.equals("/sitemap.xml")
				|| (CACHED_PREFIXES.stream().anyMatch(path::startsWith) && !FORM_PATHS.contains(path));
		return !page || !("GET".equals(method) || "HEAD".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentVersion version = this.versions.get();
		request.setAttribute(VERSION_ATTRIBUTE, version);
		if (this.freshness.notModified(new ServletWebRequest(request, response), version.number(),
				version.changedAt())) {
			return;
		}
		if (!this.keepPages) {
			chain.doFilter(request, response);
			return;
		}
		String path = key(request);
		Page page = this.pages.getIfPresent(path);
		if (page != null && page.version == version.number()) {
			page.writeTo(request, response);
			return;
		}
		if (page != null && this.servingStale.getAsBoolean()) {
			// the browser may keep it, but not as the current version's
			response.setHeader(HttpHeaders.ETAG, null);
			response.setHeader(HttpHeaders.LAST_MODIFIED, null);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			page.writeTo(request, response);
			return;
		}
		RenderedPage rendering = new RenderedPage(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
			// the chain set the headers already
			if (!this.full || this.recent.askedBefore(path)) {
				Page rendered = new Page(version.number(), rendering.getContentType(), headersToReplay(rendering),
						rendering.getContentAsByteArray());
				keep(path, rendered);
				rendered.writeBodyTo(request, response);
			}
			else {
				writeOnce(rendering, request, response);
			}
		}
		else {
			rendering.copyBodyToResponse();
		}
	}

	/**
	 * A page not kept: sent as it was rendered, gzipped from its pieces when it came as
	 * such, and otherwise compressed for this response.
	 */
	private static void writeOnce(RenderedPage rendering, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = acceptsGzip(request);
		PageBody body = rendering.body();
		byte[] bytes;
		if (body != null) {
			bytes = gzip ? body.gzipped() : body.plain();
		}
		else {
			bytes = gzip ? Page.gzip(rendering.getContentAsByteArray()) : rendering.getContentAsByteArray();
		}
		writeBody(bytes, gzip, response);
	}

	private static void writeBody(byte[] bytes, boolean gzip, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** What a page is kept under: its path, and {@code ?only=differences} when its query has it. */
	private static String key(HttpServletRequest request) {
		String path = request.getRequestURI();
		return (request.getQueryString() != null && Paths.DIFFERENCES.equals(request.getParameter(Paths.ONLY)))
				? path + "?" + Paths.ONLY + "=" + Paths.DIFFERENCES : path;
	}

	/** The headers the chain set that hold for every copy of the page; the rest are set per response. */
	private static List<String[]> headersToReplay(HttpServletResponse response) {
		List<String[]> headers = new ArrayList<>();
		for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
			if (!PER_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		return List.copyOf(headers);
	}

	/** Keeps a page of the current version, in place of any older one of its path. */
	private void keep(String path, Page page) {
		this.pages.asMap().merge(path, page, (kept, rendered) -> (rendered.version >= kept.version) ? rendered : kept);
	}

	/**
	 * Whether the client names gzip as an encoding it takes, read with Tomcat's parser of
	 * {@code Accept-Encoding} (the one its own compression uses), which leaves out what a
	 * weight of 0 refuses ({@code gzip;q=0}). A bare {@code *} gets the page as it is, which
	 * is always allowed, so that {@code gzip;q=0, *} is never answered with gzip.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			try {
				for (AcceptEncoding encoding : AcceptEncoding.parse(new StringReader(header))) {
					if ("gzip".equalsIgnoreCase(encoding.getEncoding())) {
						return true;
					}
				}
			}
			catch (IOException ex) {
				// a header that does not parse names nothing
			}
		}
		return false;
	}

	/** Gzip at {@link Deflater#BEST_SPEED}. */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(ByteArrayOutputStream out) throws IOException {
			super(out);
			this.def.setLevel(Deflater.BEST_SPEED);
		}

	}

	/**
	 * A rendered page, as sent, and gzipped once the first client that accepts gzip asks for
	 * it (a page only ever asked for by clients that do not is never compressed). Its weight
	 * counts the gzipped copy before there is one, as a third of the page.
	 */
	private static final class Page {

		private final long version;

		private final String contentType;

		private final List<String[]> headers;

		private final byte[] body;

		private volatile byte[] gzipped;

		Page(long version, String contentType, List<String[]> headers, byte[] body) {
			this.version = version;
			this.contentType = contentType;
			this.headers = headers;
			this.body = body;
		}

		private byte[] gzipped() {
			byte[] gzipped = this.gzipped;
			if (gzipped == null) {
				// two requests at once may both compress it; both get the same bytes
				gzipped = gzip(this.body);
				this.gzipped = gzipped;
			}
			return gzipped;
		}

		int weight(String path) {
			long bytes = PAGE_OVERHEAD_BYTES + 2L * path.length() + this.body.length + this.body.length / 3;
			for (String[] header : this.headers) {
				bytes += 2L * (header[0].length() + header[1].length());
			}
			return (int) Math.min(bytes, Integer.MAX_VALUE);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setContentType(this.contentType);
			for (String[] header : this.headers) {
				response.addHeader(header[0], header[1]);
			}
			writeBodyTo(request, response);
		}

		/** The body, gzipped for a client that accepts it. */
		void writeBodyTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			boolean gzip = acceptsGzip(request);
			writeBody(gzip ? gzipped() : this.body, gzip, response);
		}

		/**
		 * Gzipped at the fastest level: most pages of a large catalog are asked for once, so
		 * the first response pays for the compression. For the 27 KB comparison page, level 1
		 * takes 231 us and gives 6.8 KB; the default level 6 takes 544 us for 5.9 KB
		 * ({@code src/test/bench/GzipCost.java}).
		 */
		static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new FastGzip(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}

/**
 * What the read-only JSON API ({@code /api/...}) shares: an occupation as JSON, with every
 * fact typed; the validators and caching of its responses; its errors as RFC 9457 problem
 * details; CORS for GET from any origin; and the OpenAPI document's description. Each
 * feature serves its own part of the API: occupations ({@code browse}), comparisons
 * ({@code comparison}) and search ({@code search}).
 */
package com.careercompare.api;

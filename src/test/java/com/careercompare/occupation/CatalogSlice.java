package com.careercompare.occupation;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.database.DirectConnections;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The catalog and its reader, for {@code @DataJpaTest} slices in any package. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ OccupationCatalog.class, CatalogReader.class, CatalogVersions.class, DemographicGroups.class,
		DatabaseAvailability.class, DirectConnections.class })
public class CatalogSlice {
}

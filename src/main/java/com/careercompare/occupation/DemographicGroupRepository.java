package com.careercompare.occupation;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DemographicGroupRepository extends Repository<DemographicGroup, Integer> {

	List<DemographicGroup> findAllByOrderByDimensionAscPositionAsc();

}

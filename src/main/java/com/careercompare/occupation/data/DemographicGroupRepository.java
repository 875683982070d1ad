package com.careercompare.occupation.data;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface DemographicGroupRepository extends Repository<DemographicGroup, Integer> {

	List<DemographicGroup> findAllByOrderByDimensionAscPositionAsc();

}

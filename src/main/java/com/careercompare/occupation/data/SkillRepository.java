package com.careercompare.occupation.data;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SkillRepository extends Repository<Skill, Long> {

	/** Skill names are unique without regard to case: the skills with these names, given in lower case. */
	@Query("select s from Skill s where lower(s.name) in :lowerCaseNames")
	List<Skill> findByLowerCaseNames(Collection<String> lowerCaseNames);

	List<Skill> findAll();

	Skill save(Skill skill);

}

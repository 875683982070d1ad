package com.careercompare.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AdminAccountRepository extends Repository<AdminAccount, Long> {

	/** Usernames are unique without regard to case. */
	@Query("select a from AdminAccount a where lower(a.username) = lower(:username)")
	Optional<AdminAccount> findByUsername(String username);

	List<AdminAccount> findAllByOrderByUsername();

	long count();

	AdminAccount save(AdminAccount account);

	void delete(AdminAccount account);

}

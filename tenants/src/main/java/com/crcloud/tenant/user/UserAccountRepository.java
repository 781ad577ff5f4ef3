package com.crcloud.tenant.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate: only the users of the tenant in context are visible. */
public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByTeam(String team);

    @Query("SELECT DISTINCT u.team FROM UserAccount u WHERE u.team IS NOT NULL ORDER BY u.team")
    List<String> findTeams();
}

package com.crcloud.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface FailedSignInRepository extends JpaRepository<FailedSignIn, FailedSignIn.Key> {
}

package org.assure.partnership.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the user who is signing in. An unknown name is reported to Spring Security, which
 * answers it exactly as a wrong password, so that nobody can learn which names exist.
 */
@Service
class AssureUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AssureUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findForSignIn(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account of that name"));
	}

}

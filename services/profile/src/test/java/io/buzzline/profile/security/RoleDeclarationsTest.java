package io.buzzline.profile.security;

import io.buzzline.testing.security.RoleDeclarationsContract;

/** Every operation of profile declares who may call it. */
class RoleDeclarationsTest extends RoleDeclarationsContract {

    @Override
    protected String rootPackage() {
        return "io.buzzline.profile";
    }
}

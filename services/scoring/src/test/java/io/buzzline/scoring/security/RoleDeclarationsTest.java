package io.buzzline.scoring.security;

import io.buzzline.testing.security.RoleDeclarationsContract;

class RoleDeclarationsTest extends RoleDeclarationsContract {

    @Override
    protected String rootPackage() {
        return "io.buzzline.scoring";
    }
}

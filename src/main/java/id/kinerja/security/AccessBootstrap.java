package id.kinerja.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.kinerja.organisation.IdentityMirror;
import id.kinerja.process.ModelContract;
import id.kinerja.process.ProcessContract;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure, at every start, that the role groups, their authorizations and the shared Tasklist
 * filter "Tugas Saya" exist, and creates the first administrator from the environment. Staff get
 * READ on definitions only: the engine itself grants each assignee and candidate READ and UPDATE
 * on their own tasks, so nobody reads or completes someone else's task.
 */
@Component
@Order(10)
public class AccessBootstrap implements ApplicationRunner {

  public static final String MY_TASKS_FILTER = "Tugas Saya";
  private static final Logger LOG = LoggerFactory.getLogger(AccessBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityMirror identityMirror;
  private final ModelContract contract;
  private final String adminUser;
  private final String adminPassword;

  public AccessBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, IdentityMirror identityMirror, ModelContract contract,
      @Value("${kinerja.admin.user:}") String adminUser, @Value("${kinerja.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityMirror = identityMirror;
    this.contract = contract;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    createRoleGroups();
    grantRoles();
    workNotChangeTasks();
    createMyTasksFilter();
    createFirstAdmin();
  }

  private void createRoleGroups() {
    Map.of(
        Groups.PEGAWAI, "Pegawai",
        Groups.PENGELOLA_KINERJA, "Pengelola Kinerja (BKPSDM)",
        Groups.PROCESS_OWNER, "Pemilik Proses",
        Groups.PIMPINAN, "Pimpinan",
        Groups.CAMUNDA_ADMIN, "Administrator",
        Groups.MONITORING, "Pemantauan Sistem",
        Groups.AUDITOR, "Auditor (Inspektorat)")
        .forEach((id, name) -> identityMirror.ensureGroup(id, name, Groups.ROLE_GROUP_TYPE));
  }

  private void grantRoles() {
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    for (String group : List.of(Groups.PEGAWAI, Groups.PENGELOLA_KINERJA, Groups.PROCESS_OWNER, Groups.PIMPINAN)) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.USER, ANY, Permissions.READ);
      grant(group, Resources.GROUP, ANY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }
    for (String group : List.of(Groups.PENGELOLA_KINERJA, Groups.PROCESS_OWNER, Groups.PIMPINAN)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    // Staff start only the processes their contract opens to them (asking for a coaching session).
    for (ProcessContract process : contract.processes()) {
      for (String group : process.starters()) {
        grant(group, Resources.PROCESS_DEFINITION, process.key(), Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
    // The decision tables answer integrations through /engine-rest/decision-definition/key/{key}/evaluate.
    for (String group : List.of(Groups.PENGELOLA_KINERJA, Groups.PROCESS_OWNER)) {
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
    }
    grant(Groups.PENGELOLA_KINERJA, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
    // Variables need their own permission (enforce-specific-variable-permission): of the Cockpit
    // groups only HR, who runs the cycle, reads the content of other people's appraisals.
    grant(Groups.PENGELOLA_KINERJA, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grant(Groups.PENGELOLA_KINERJA, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // Only process owners (and administrators) deploy, e.g. from Camunda Modeler. Suspending a
    // definition, changing its history time to live or deleting one is an administrator's.
    grant(Groups.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.ALL);
    revoke(Groups.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY, Permissions.UPDATE);
  }

  /**
   * Tasks created before default-user-permission-name-for-task was TASK_WORK gave their assignee
   * and candidates UPDATE, which also changes the task's dates, assignee, groups and variables.
   */
  private void workNotChangeTasks() {
    for (Authorization authorization : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list()) {
      if (!ANY.equals(authorization.getResourceId())) {
        authorization.removePermission(Permissions.UPDATE);
        authorization.addPermission(TaskPermissions.TASK_WORK);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }

  /**
   * "Tugas Saya": the tasks given to the user and those offered to them, directly or through a
   * group (a candidate-user query includes the user's groups). It names no group list of its own:
   * {@code ${currentUserGroups()}} is an empty list for a user without groups (a new account, or one
   * whose memberships are being mirrored again), and Camunda then refuses the whole filter list,
   * which Tasklist showed as "Loading the filters finished with failures". The query is the
   * server's, so it is set again at every start.
   */
  private void createMyTasksFilter() {
    Filter filter = filterService.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(MY_TASKS_FILTER).setOwner(null);
    }
    filter.setQuery(taskService.createTaskQuery()
            .or()
              .taskAssigneeExpression("${currentUser()}")
              .taskCandidateUserExpression("${currentUser()}")
            .endOr()
            .orderByDueDate().asc())
        .setProperties(Map.of(
            "description", "Tugas yang menjadi tanggung jawab Anda atau dapat Anda ambil",
            "priority", -10,
            "color", "#14467a",
            "refresh", true));
    filterService.saveFilter(filter);
    if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filter.getId()).userIdIn(ANY).count() == 0) {
      Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
  }

  private void createFirstAdmin() {
    if (adminUser.isBlank()) {
      return;
    }
    if (identityService.createUserQuery().userId(adminUser).count() == 0) {
      if (adminPassword.isBlank()) {
        throw new IllegalStateException("KINERJA_ADMIN_USER is set but KINERJA_ADMIN_PASSWORD is empty:"
            + " there is no default password");
      }
      User user = identityService.newUser(adminUser);
      user.setFirstName("Administrator");
      user.setLastName("");
      user.setPassword(adminPassword);
      try {
        identityService.saveUser(user);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException("KINERJA_ADMIN_PASSWORD does not keep the password policy: at least 10"
            + " characters with upper and lower case letters, a digit and a special character", e);
      }
      LOG.info("Created the first administrator '{}'", adminUser);
    }
    if (identityService.createUserQuery().userId(adminUser).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(adminUser, Groups.CAMUNDA_ADMIN);
    }
  }

  private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (List.of(permissions).stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}

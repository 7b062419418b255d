package id.kinerja.organisation;

import id.kinerja.security.Groups;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Mirrors the directory into Camunda's users and groups: an employee is a user whose id is the
 * NIP, member of {@code pegawai} and of the group of their unit while active. Role groups
 * (HR, process owner, admin) and the {@code pegawai} group itself are created by the access
 * bootstrap and left untouched here. Idempotent.
 */
@Service
public class IdentityMirror {

  private final IdentityService identityService;

  public IdentityMirror(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void mirrorUnit(Unit unit) {
    ensureGroup(Groups.UNIT_GROUP_PREFIX + unit.code(), unit.name(), Groups.UNIT_GROUP_TYPE);
  }

  public void mirrorEmployee(Employee employee) {
    User user = identityService.createUserQuery().userId(employee.nip()).singleResult();
    if (user == null) {
      user = identityService.newUser(employee.nip());
      copyProfile(employee, user);
      identityService.saveUser(user);
    } else if (!Objects.equals(user.getFirstName(), employee.name())
        || !Objects.equals(user.getEmail(), employee.email())) {
      copyProfile(employee, user);
      identityService.saveUser(user);
    }
    Set<String> wanted = employee.active()
        ? Set.of(Groups.PEGAWAI, Groups.UNIT_GROUP_PREFIX + employee.unitCode())
        : Set.of();
    Set<String> current = identityService.createGroupQuery().groupMember(employee.nip()).list().stream()
        .map(Group::getId).filter(IdentityMirror::isDirectoryGroup).collect(Collectors.toSet());
    Set<String> toAdd = new HashSet<>(wanted);
    toAdd.removeAll(current);
    Set<String> toRemove = new HashSet<>(current);
    toRemove.removeAll(wanted);
    toAdd.forEach(group -> identityService.createMembership(employee.nip(), group));
    toRemove.forEach(group -> identityService.deleteMembership(employee.nip(), group));
  }

  /** Creates the group if missing; keeps an existing group's name up to date. */
  public void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private static boolean isDirectoryGroup(String groupId) {
    return groupId.equals(Groups.PEGAWAI) || groupId.startsWith(Groups.UNIT_GROUP_PREFIX);
  }

  private static void copyProfile(Employee employee, User user) {
    // Indonesian names do not split into first and last name; the whole name goes first.
    user.setFirstName(employee.name());
    user.setLastName("");
    user.setEmail(employee.email());
  }
}

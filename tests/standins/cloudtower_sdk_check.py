#!/usr/bin/env python3
"""Checks the CloudTower stand-in with the vendor's own Python SDK (`cloudtower-sdk` from PyPI).

usage: cloudtower_sdk_check.py http://127.0.0.1:PORT

Seeds the stand-in through its control path, then, with the SDK and its client-side validation
on: logs in, lists the clusters, the content-library VM templates (firmware and video type present
and parsed), the per-cluster VM templates and the VMs, creates a VM from a template and follows its
task to its end, saves the VM as a new template, deletes both following their tasks, and makes a
task fail and sees it reported FAILED. The SDK refuses an answer that lacks a required field or
whose field has the wrong type; enum fields, which the SDK passes through unchecked, are checked
here against the SDK's own allowed values. Prints one line per step; exits 1 on the first failure.
"""

import inspect
import json
import os
import re
import sys
import time
import urllib.request

# The stand-in beside this file is also named cloudtower.py: import the SDK, not it.
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != HERE]

import cloudtower  # noqa: E402
from cloudtower import models
from cloudtower.api.cluster_api import ClusterApi
from cloudtower.api.content_library_vm_template_api import ContentLibraryVmTemplateApi
from cloudtower.api.task_api import TaskApi
from cloudtower.api.user_api import UserApi
from cloudtower.api.vm_api import VmApi
from cloudtower.api.vm_template_api import VmTemplateApi
from cloudtower.exceptions import ApiException, UnauthorizedException


def control(base, verb, body):
    request = urllib.request.Request(
        base + "/_standin/" + verb,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def check(condition, what):
    if not condition:
        raise AssertionError(what)


REQUIRED = {}
PRIMITIVES = {"str": (str,), "int": (int,), "bool": (bool,), "float": (int, float)}


def required_of(klass):
    """The fields a model requires: those whose setter refuses None under client-side validation
    (the SDK itself only refuses a required field sent as null, not one left out)."""
    if klass not in REQUIRED:
        source = inspect.getsource(klass)
        REQUIRED[klass] = set(re.findall(r"client_side_validation and (\w+) is None", source))
    return REQUIRED[klass]


def enums_valid(value, path="answer"):
    """Every parsed model has its required fields, primitives of their declared type, and enum
    fields holding one of the SDK's allowed values (the SDK passes enums through unchecked)."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            enums_valid(item, "%s[%d]" % (path, i))
        return
    types = getattr(value, "openapi_types", None)
    if not types:
        return
    for attr in required_of(type(value)):
        check(getattr(value, attr) is not None, "%s.%s is required but missing" % (path, attr))
    for attr, kind in types.items():
        field = getattr(value, attr)
        if field is None:
            continue
        inner = kind[5:-1] if kind.startswith("list[") else kind
        items = field if kind.startswith("list[") else [field]
        if kind.startswith("list["):
            check(isinstance(field, list), "%s.%s is not a list" % (path, attr))
        if inner in PRIMITIVES:
            for item in items:
                ok = isinstance(item, PRIMITIVES[inner]) and not (inner != "bool" and isinstance(item, bool))
                check(ok, "%s.%s = %r is not %s" % (path, attr, item, inner))
            continue
        klass = getattr(models, inner, None)
        allowed = getattr(klass, "allowable_values", None)
        if allowed is not None:
            for item in items:
                check(item in allowed, "%s.%s = %r is not one of %s" % (path, attr, item, allowed))
        else:
            enums_valid(field, "%s.%s" % (path, attr))


def wait_task(tasks, task_id, deadline=20.0):
    start = time.monotonic()
    while time.monotonic() - start < deadline:
        found = tasks.get_tasks(models.GetTasksRequestBody(where=models.TaskWhereInput(id=task_id)))
        enums_valid(found, "task")
        check(len(found) == 1, "get-tasks by id answers one task")
        task = found[0]
        if task.status in (models.TaskStatus.SUCCESSED, models.TaskStatus.FAILED):
            return task
        time.sleep(0.05)
    raise AssertionError("task %s did not end within %s s" % (task_id, deadline))


def main(base):
    configuration = cloudtower.Configuration(host=base + "/v2/api")
    check(configuration.client_side_validation, "client-side validation is on")
    client = cloudtower.ApiClient(configuration)

    made = control(base, "seed", {
        "users": [{"username": "sdk", "password": "sdk-password"}],
        "clusters": [{"name": "sdk-cluster", "vlans": ["vlan-sdk"]}],
    })
    cluster = made["clusters"][0]
    control(base, "seed", {
        "templates": [
            {"name": "sdk-ubuntu", "firmware": "UEFI", "video_type": "VIRTIO", "os": "Ubuntu 22.04",
             "guest_os_type": "LINUX", "labels": [{"key": "xspace-project", "value": "p1"}]},
            {"name": "sdk-win", "firmware": "BIOS", "video_type": "CIRRUS", "guest_os_type": "WINDOWS"},
        ],
        "vm_templates": [{"name": "sdk-old", "firmware": "BIOS"}],
        "vms": [{"name": "sdk-existing", "firmware": "UEFI"}],
    })
    control(base, "config", {"task_seconds": 0.2})

    try:
        VmApi(client).get_vms(models.GetVmsRequestBody())
        raise AssertionError("a call without a token was answered")
    except UnauthorizedException:
        print("ok: a call without a token is refused (401)")
    try:
        cloudtower.utils.login(client, "sdk", "wrong")
        raise AssertionError("a wrong password logged in")
    except ApiException as e:
        check(e.status == 400, "a wrong password answers 400, not %s" % e.status)
        check(json.loads(e.body)["message"], "the error body has a message")
        print("ok: a wrong password is refused (400, ErrorBody)")

    login = UserApi(client).login(models.LoginInput(username="sdk", password="sdk-password",
                                                    source=models.UserSource.LOCAL))
    check(login.data.token, "login answers a token")
    configuration.api_key["Authorization"] = login.data.token
    print("ok: login")

    clusters = ClusterApi(client).get_clusters(models.GetClustersRequestBody(where=models.ClusterWhereInput(id=cluster)))
    enums_valid(clusters, "clusters")
    check([c.name for c in clusters] == ["sdk-cluster"], "get-clusters by id")
    print("ok: get-clusters (%s %s)" % (clusters[0].type, clusters[0].version))

    templates_api = ContentLibraryVmTemplateApi(client)
    templates = templates_api.get_content_library_vm_templates(models.GetContentLibraryVmTemplatesRequestBody(
        where=models.ContentLibraryVmTemplateWhereInput(name_starts_with="sdk-"), order_by="name_ASC"))
    enums_valid(templates, "templates")
    check([t.name for t in templates] == ["sdk-ubuntu", "sdk-win"], "templates by name: %s" % [t.name for t in templates])
    ubuntu, win = templates
    check(ubuntu.firmware == "UEFI" and ubuntu.video_type == "VIRTIO", "firmware and video type parsed")
    check(win.firmware == "BIOS" and win.video_type == "CIRRUS", "firmware and video type parsed")
    check(ubuntu.clusters[0].id == cluster and ubuntu.labels[0].key == "xspace-project", "clusters and labels parsed")
    check(ubuntu.template_config.guest_os_type == "LINUX" and ubuntu.os == "Ubuntu 22.04", "OS fields parsed")
    print("ok: get-content-library-vm-templates (firmware %s/%s, video_type %s/%s)" % (
        ubuntu.firmware, win.firmware, ubuntu.video_type, win.video_type))

    page = templates_api.get_content_library_vm_templates(models.GetContentLibraryVmTemplatesRequestBody(
        where=models.ContentLibraryVmTemplateWhereInput(id_gt=ubuntu.id), order_by="id_ASC", first=1))
    check([t.id for t in page] == [win.id], "keyset paging with id_gt and first")
    page = templates_api.get_content_library_vm_templates(models.GetContentLibraryVmTemplatesRequestBody(
        where=models.ContentLibraryVmTemplateWhereInput(id_in=[win.id]), first=5, skip=0))
    check([t.id for t in page] == [win.id], "id_in")
    print("ok: paging (first, skip, id_gt) and id_in")

    old = VmTemplateApi(client).get_vm_templates(models.GetVmTemplatesRequestBody())
    enums_valid(old, "vm_templates")
    check([t.name for t in old] == ["sdk-old"] and old[0].firmware == "BIOS", "get-vm-templates")
    print("ok: get-vm-templates")

    vms = VmApi(client)
    listed = vms.get_vms(models.GetVmsRequestBody(where=models.VmWhereInput(name="sdk-existing")))
    enums_valid(listed, "vms")
    check(len(listed) == 1 and listed[0].firmware == "UEFI" and listed[0].cluster.id == cluster, "get-vms")
    print("ok: get-vms")

    tasks = TaskApi(client)
    created = vms.create_vm_from_content_library_template([models.VmCreateVmFromContentLibraryTemplateParams(
        template_id=ubuntu.id, cluster_id=cluster, name="sdk-vm", is_full_copy=False, firmware="UEFI",
        vcpu=4, cpu_cores=4, cpu_sockets=1, memory=2048, memory_unit="MB",
        vm_nics=[models.VmNicParams(connect_vlan_id="vlan-sdk", model="VIRTIO", enabled=True)])])
    enums_valid(created, "created")
    check(len(created) == 1 and created[0].task_id, "create answers a task")
    vm = created[0].data
    check(vm.entity_async_status == "CREATING", "the new VM is a placeholder until its task ends")
    task = wait_task(tasks, created[0].task_id)
    check(task.status == "SUCCESSED", "the create task succeeded")
    vm = vms.get_vms(models.GetVmsRequestBody(where=models.VmWhereInput(id=vm.id)))[0]
    check(vm.entity_async_status is None and vm.firmware == "UEFI" and vm.vcpu == 4, "the VM as asked")
    check(vm.memory == 2048 << 20, "memory in bytes")
    print("ok: create-vm-from-content-library-template, task %s" % task.status)

    updated = vms.update_vm_advanced_options(models.VmUpdateAdvancedOptionsParams(
        where=models.VmWhereInput(id=vm.id), data={"video_type": "CIRRUS"}))
    check(wait_task(tasks, updated[0].task_id).status == "SUCCESSED", "update task")
    check(vms.get_vms(models.GetVmsRequestBody(where=models.VmWhereInput(id=vm.id)))[0].video_type == "CIRRUS",
          "video type changed on the VM")
    print("ok: update-vm-advanced-options (video_type)")

    saved = templates_api.clone_content_library_vm_template_from_vm([models.ContentLibraryVmTemplateCreationParams(
        name="sdk-copy", vm=models.VmWhereUniqueInput(id=vm.id),
        clusters=models.ClusterWhereInput(id_in=[cluster]))])
    enums_valid(saved, "saved")
    check(wait_task(tasks, saved[0].task_id).status == "SUCCESSED", "clone task")
    copy = templates_api.get_content_library_vm_templates(models.GetContentLibraryVmTemplatesRequestBody(
        where=models.ContentLibraryVmTemplateWhereInput(id=saved[0].data.id)))[0]
    check(copy.firmware == "UEFI" and copy.video_type == "CIRRUS", "the copy carries the VM's firmware and video")
    print("ok: clone-content-library-vm-template-from-vm")

    deleted = templates_api.delete_content_library_vm_template(models.ContentLibraryVmTemplateDeletionParams(
        where=models.ContentLibraryVmTemplateWhereInput(id=copy.id)))
    check(wait_task(tasks, deleted[0].task_id).status == "SUCCESSED", "template delete task")
    deleted = vms.delete_vm(models.VmDeleteParams(where=models.VmWhereInput(id=vm.id)))
    enums_valid(deleted, "deleted")
    check(deleted[0].data.id == vm.id, "delete answers the VM's id")
    check(wait_task(tasks, deleted[0].task_id).status == "SUCCESSED", "delete task")
    check(vms.get_vms(models.GetVmsRequestBody(where=models.VmWhereInput(id=vm.id))) == [], "the VM is gone")
    print("ok: delete-vm and delete-content-library-vm-template, tasks followed")

    control(base, "faults", {"rules": [{"op": "create-vm-from-content-library-template", "kind": "task_fail",
                                        "message": "no host has room"}]})
    created = vms.create_vm_from_content_library_template([models.VmCreateVmFromContentLibraryTemplateParams(
        template_id=win.id, cluster_id=cluster, name="sdk-fails", is_full_copy=False)])
    task = wait_task(tasks, created[0].task_id)
    check(task.status == "FAILED" and task.error_message == "no host has room", "the task failed")
    check(vms.get_vms(models.GetVmsRequestBody(where=models.VmWhereInput(name="sdk-fails"))) == [],
          "the failed VM is rolled back")
    print("ok: a failed task is reported FAILED and its placeholder rolled back")

    control(base, "expire-tokens", {})
    try:
        vms.get_vms(models.GetVmsRequestBody())
        raise AssertionError("a dead token was accepted")
    except UnauthorizedException:
        print("ok: a dead token is refused (401)")
    control(base, "faults", {"rules": []})
    print("all SDK checks passed (cloudtower-sdk %s)" % getattr(cloudtower, "__version__", "?"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        main(sys.argv[1].rstrip("/"))
    except (AssertionError, ApiException, ValueError, TypeError) as error:
        print("FAILED: %s: %s" % (type(error).__name__, error))
        sys.exit(1)
